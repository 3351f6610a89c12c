// The README's and the API guide's examples as a front end would write them with a client generated
// from openapi.yaml: it must compile under --strict with no cast and no `any`, or the document is wrong.
import createClient from "openapi-fetch";

import type { components, paths } from "./generated/eventline";

type Event = components["schemas"]["Event"];

const api = createClient<paths>({ baseUrl: "http://localhost:8080" });
// One client per kind of answer: the media type picks the schema, as the Accept header picks the body.
// Naming problem+json too types the error of every call as the Problem the API answers with.
const json = createClient<paths, "application/json" | "application/problem+json">({ baseUrl: "http://localhost:8080" });
const geo = createClient<paths, "application/geo+json" | "application/problem+json">({ baseUrl: "http://localhost:8080", headers: { Accept: "application/geo+json" } });

/** A line a timeline shows: an open-ended event has no end yet, and an event may have no place. */
function describe(event: Event): string {
    const end: string = event.date.end === null ? "ongoing" : event.date.end;
    const place: string = event.location === null ? "somewhere" : event.location.name;
    const point: string = event.location?.point ? `${event.location.point.lat},${event.location.point.lon}` : "no point";
    return `${event.date.start}..${end} ${event.date.label} (${event.date.precision}) ${event.title} at ${place} [${point}]`;
}

/** Who claimed what, with each figure as reported and where it was read. */
function figures(event: Event): string[] {
    return event.claims.map((claim) => {
        const low: number | null = claim.min;
        const high: number | null = claim.max;
        const range = low === null ? `up to ${high ?? "?"}` : high === null ? `${low}+` : `${low}-${high}`;
        const who: string = claim.attributed_to === null ? "unattributed" : claim.attributed_to.name;
        const where: string = claim.source === null ? "no source" : claim.source.url ?? claim.source.title;
        return `${claim.measure} ${claim.group}: ${range} (${claim.qualifier}, ${claim.verification}) by ${who}, read in ${where}`;
    });
}

function citations(event: Event): string[] {
    return event.sources.map((source) => {
        const published: string = source.published_on ?? "undated";
        return `${source.publisher}: ${source.title} ${source.url ?? "(no url)"} ${published}`;
    });
}

function newestStrikes(cursor: string | null) {
    return json.GET("/api/v1/events", {
        params: { query: { type: ["remote_violence"], sort: "-date", limit: 10, ...(cursor === null ? {} : { cursor }) } },
    });
}

export async function examples(): Promise<void> {
    // Events in Aleppo (and every place inside it) in October 2016, as a CSV download
    const csv = await api.GET("/api/v1/events", {
        params: { query: { location: ["aleppo"], from: "2016-10", to: "2016-10", format: "csv" } },
        parseAs: "text",
    });
    if (csv.data !== undefined) {
        const rows: string = csv.data;
        console.log(rows.split("\r\n").length, csv.response.headers.get("Content-Disposition"));
    }

    // Everything Sergey Lavrov took part in
    const lavrov = await json.GET("/api/v1/actors/{id_or_slug}/events", { params: { path: { id_or_slug: "sergey-lavrov" } } });
    if (lavrov.data !== undefined && "items" in lavrov.data) {
        lavrov.data.items.map(describe).forEach((line) => console.log(line));
        const next: string | null = lavrov.data.next_cursor;
        console.log(next === null ? "last page" : `more: ${next}`);
    } else if (lavrov.error !== undefined) {
        console.log(lavrov.error.title, lavrov.error.status, lavrov.error.errors?.map((e) => e.parameter ?? e.field));
    }

    // A GeoJSON map layer of the week before the Lausanne talks (Saturday 15 October 2016)
    const layer = await geo.GET("/api/v1/events", { params: { query: { from: "2016-10-08", to: "2016-10-14", format: "geojson" } } });
    if (layer.data !== undefined) {
        for (const feature of layer.data.features) {
            const where = feature.geometry === null ? "no point" : `${feature.geometry.coordinates[0]},${feature.geometry.coordinates[1]}`;
            const end: string | null = feature.properties.date_end;
            console.log(feature.id, feature.properties.title, feature.properties.date_start, end ?? "ongoing", where,
                feature.properties.actors.map((actor) => `${actor.name} (${actor.role})`).join(", "), feature.properties.claim_count);
        }
    }

    // Only what happened entirely inside that week, not the ongoing campaign
    const within = await json.GET("/api/v1/events", {
        params: { query: { from: "2016-10-08", to: "2016-10-14", date_match: "within" } },
    });
    if (within.data !== undefined && "items" in within.data) {
        within.data.items.forEach((event) => console.log(describe(event), citations(event)));
    }

    // Air strikes and shelling (a category selects all its types), newest first, 10 per page, every page
    let cursor: string | null = null;
    do {
        const page = await newestStrikes(cursor);
        if (page.data === undefined || !("items" in page.data)) {
            break;
        }
        console.log(page.response.headers.get("Link"), page.response.headers.get("ETag"));
        page.data.items.forEach((event) => console.log(describe(event)));
        cursor = page.data.next_cursor;
    } while (cursor !== null);

    // Who claimed what: full-text search over titles, summaries, quotes and claims
    const claims = await json.GET("/api/v1/events", { params: { query: { q: "\"White Helmets\"", count: true } } });
    if (claims.data !== undefined && "items" in claims.data) {
        console.log(claims.data.total ?? 0);
        for (const event of claims.data.items) {
            figures(event).forEach((line) => console.log(line));
            event.quotes.forEach((quote) => console.log(quote.text, quote.speaker?.name ?? "unnamed"));
        }
    }

    // Events per month of 2016 by category, for a chart
    const chart = await json.GET("/api/v1/stats/timeline", {
        params: { query: { from: "2016", to: "2016", interval: "month", group_by: "category" } },
    });
    if (chart.data !== undefined) {
        const groupedBy: string | null = chart.data.group_by;
        console.log(chart.data.counted_by, groupedBy, chart.data.total);
        for (const bucket of chart.data.buckets) {
            const groups = bucket.groups ?? [];
            console.log(bucket.label, bucket.start, bucket.end, bucket.total, groups.map((group) => `${group.label}: ${group.count}`).join(", "));
        }
    }

    // A TimelineJS source: point TimelineJS at this URL
    const timeline = await json.GET("/api/v1/events", { params: { query: { location: ["aleppo"], format: "timelinejs" } } });
    if (timeline.data !== undefined && "events" in timeline.data) {
        console.log(timeline.data.title.text.headline);
        for (const slide of timeline.data.events) {
            const day: string = slide.start_date.day ?? "";
            console.log(slide.unique_id, slide.start_date.year, slide.start_date.month ?? "", day, slide.end_date?.year ?? "",
                slide.text.headline ?? "", slide.display_date ?? "", slide.group ?? "");
        }
    }

    // One event in full, then only if it changed
    const one = await json.GET("/api/v1/events/{id}", { params: { path: { id: "3f0f6c1e-8a8e-4b53-9d53-0d2f0a3c4b5e" } } });
    const etag = one.response.headers.get("ETag");
    if (one.data !== undefined) {
        console.log(describe(one.data), figures(one.data), one.data.related.map((link) => `${link.relation} ${link.title}`));
    }
    if (etag !== null) {
        const again = await json.GET("/api/v1/events/{id}", {
            params: { path: { id: "3f0f6c1e-8a8e-4b53-9d53-0d2f0a3c4b5e" }, header: { "If-None-Match": etag } },
        });
        console.log(again.response.status === 304 ? "unchanged" : "changed");
    }

    // The places inside Aleppo, and an actor's affiliations
    const places = await json.GET("/api/v1/locations", { params: { query: { within: "aleppo", limit: 500 } } });
    places.data?.items.forEach((place) => console.log(place.slug, place.name, place.kind, place.point?.lat ?? "no point"));
    const actor = await json.GET("/api/v1/actors/{id_or_slug}", { params: { path: { id_or_slug: "sergey-lavrov" } } });
    if (actor.data !== undefined) {
        console.log(actor.data.name, (actor.data.affiliation_chain ?? []).map((link) => link.name).join(" < "));
    }
    // The ten deadliest events of October 2016
    const deadliest = await json.GET("/api/v1/events", {
        params: { query: { from: "2016-10", to: "2016-10", measure: "killed", sort: "-figure", limit: 10 } },
    });
    if (deadliest.data !== undefined && "items" in deadliest.data) {
        deadliest.data.items.forEach((event) => console.log(event.title, figures(event)));
    }

    // Deaths per month in Aleppo governorate in 2016, per claimant: one series per claimant, estimate and group
    const deaths = await json.GET("/api/v1/stats/figures", {
        params: { query: { measure: ["killed"], location: ["aleppo-governorate"], from: "2016", to: "2016", interval: "month" } },
    });
    deaths.data?.buckets.forEach((bucket) => bucket.series.forEach((series) =>
        console.log(bucket.label, series.key, series.min_sum, series.max_sum, series.claims, series.events)));

    // Every claim of UCDP's best estimates in October 2016, with its event
    const bestEstimates = await json.GET("/api/v1/claims", {
        params: { query: { from: "2016-10", to: "2016-10", attributed_to: ["ucdp"], estimate: ["best"], limit: 500 } },
    });
    if (bestEstimates.data !== undefined && "items" in bestEstimates.data) {
        bestEstimates.data.items.forEach((claim) => console.log(claim.event.title, claim.measure, claim.group ?? "",
            claim.min ?? "", claim.max ?? "", claim.attributed_to.slug));
    }

    const types = await json.GET("/api/v1/event-types");
    types.data?.items.forEach((type) => console.log(type.code, type.category, type.label, type.acled?.event_type ?? "-"));
}
