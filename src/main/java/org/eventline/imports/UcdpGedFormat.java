package org.eventline.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eventline.actor.ActorEntry;
import org.eventline.event.EventEntry;
import org.eventline.event.EventEntry.CitationEntry;
import org.eventline.event.EventEntry.ClaimEntry;
import org.eventline.event.EventEntry.CodeEntry;
import org.eventline.event.EventEntry.DateEntry;
import org.eventline.event.EventEntry.ParticipantEntry;
import org.eventline.event.EventEntry.PlaceEntry;
import org.eventline.source.SourceEntry;
import org.eventline.vocabulary.ActorKind;
import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Estimate;
import org.eventline.vocabulary.EventStatus;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.SourceKind;
import org.eventline.vocabulary.Verification;
import org.eventline.web.InvalidInput;
import org.eventline.write.Slugs;

/**
 * One row of the UCDP Georeferenced Event Dataset (GED 19.1 codebook) as an event: the date
 * envelope and its precision, the place in a country / governorate / district / place hierarchy
 * with what its point stands for (UcdpPlaces), the row's own point kept on the event, its
 * aggregate flag (event_clarity 2), UCDP's codes (id, violence, conflict, dyad), the two sides as actors, and every figure (low,
 * best, high and the deaths per side) as a claim attributed to UCDP, kept as published even when
 * out of order. Each claim's fields say what it counts: which estimate (low, best, high; the deaths
 * per side are best estimates), whose deaths (everyone, one side's combatants, civilians, the dead of
 * unknown status), so that summing claims by their fields never counts a death twice.
 */
final class UcdpGedFormat {

    static final String KEY_PREFIX = "ucdp-ged:";
    static final String UCDP_ACTOR = "ucdp";
    static final String GED_SOURCE = "ucdp-ged";
    /** The external id scheme of UCDP's actor ids (side_a_new_id, side_b_new_id). */
    static final String UCDP_ACTOR_ID = "ucdp_actor";

    private static final ActorEntry UCDP = new ActorEntry(null, UCDP_ACTOR, "Uppsala Conflict Data Program", ActorKind.MONITOR,
            List.of("UCDP"), null, null, "Codes organised violence worldwide; publishes the Georeferenced Event Dataset (GED).");
    private static final SourceEntry GED = new SourceEntry(null, GED_SOURCE, SourceKind.AGENCY_REPORT,
            "Uppsala Conflict Data Program", "UCDP Georeferenced Event Dataset (GED)", "https://ucdp.uu.se/downloads/",
            null, "en", "Event data coded by UCDP from news reports; CC BY 4.0. Cite Sundberg and Melander (2013) and the GED codebook.");

    private UcdpGedFormat() {
    }

    /** The line of one CSV record (its header named columns); an unreadable field makes an unreadable line. */
    static ImportLine read(long number, Map<String, String> row) {
        UcdpRow fields = new UcdpRow(row);
        try {
            return new ImportLine.Read(number, event(fields), sources(fields), actors(fields), UcdpPlaces.of(fields));
        } catch (UcdpRow.BadField e) {
            return new ImportLine.Unreadable(number, List.of(InvalidInput.field(e.field, e.getMessage())));
        }
    }

    private static EventEntry event(UcdpRow row) {
        long id = row.integer("id");
        if (id <= 0) {
            throw new UcdpRow.BadField("id", "must be UCDP's event id, a positive whole number, got " + id);
        }
        UcdpViolence violence = row.violence();
        String sideA = row.required("side_a");
        String sideB = row.required("side_b");
        String place = row.required("where_coordinates");
        long best = row.integer("best");
        List<String> articles = UcdpArticles.slugs(row);
        String claimSource = articles.isEmpty() ? GED_SOURCE : articles.get(0);
        // corroborated by distinct outlets only: number_of_sources counts articles, and SOHR;SOHR is one outlet
        Verification verification = UcdpArticles.outlets(row) >= 2 ? Verification.CORROBORATED : Verification.UNVERIFIED;
        boolean aggregate = row.aggregate();

        long low = row.integer("low");
        long high = row.integer("high");
        List<ClaimEntry> claims = new ArrayList<>();
        claims.add(figure(ClaimGroup.PEOPLE, null, best, best, Qualifier.ABOUT, Estimate.BEST, "best estimate: " + best, claimSource, verification));
        claims.add(figure(ClaimGroup.PEOPLE, null, low, null, Qualifier.AT_LEAST, Estimate.LOW, "low estimate: " + low, claimSource, verification));
        claims.add(figure(ClaimGroup.PEOPLE, null, null, high, Qualifier.AS_MANY_AS, Estimate.HIGH, "high estimate: " + high, claimSource, verification));
        addDeaths(claims, ClaimGroup.COMBATANTS, Slugs.of(sideA), row.integer("deaths_a"), "deaths of side A, " + sideA, claimSource, verification);
        addDeaths(claims, ClaimGroup.COMBATANTS, Slugs.of(sideB), row.integer("deaths_b"), "deaths of side B, " + sideB, claimSource, verification);
        addDeaths(claims, ClaimGroup.CIVILIANS, null, row.integer("deaths_civilians"), "civilian deaths", claimSource, verification);
        addDeaths(claims, ClaimGroup.UNKNOWN_STATUS, null, row.integer("deaths_unknown"), "deaths of unknown status", claimSource, verification);

        List<CitationEntry> citations = new ArrayList<>();
        citations.add(new CitationEntry(GED_SOURCE, "UCDP GED event " + id));
        String original = row.optional("source_original");
        articles.forEach(slug -> citations.add(new CitationEntry(slug, original)));

        String summary = "UCDP GED event " + id + " in the conflict " + row.required("conflict_name") + ": " + best
                + " killed (best estimate; low " + low + ", high " + high + ")."
                + (row.optional("source_headline") == null ? "" : " Reported as: " + row.optional("source_headline"));
        DateEntry date = date(row);
        String placeSlug = UcdpPlaces.eventPlaceSlug(row);
        return new EventEntry(null, KEY_PREFIX + id, violence.eventType, violence.title(sideA, sideB, place, aggregate), summary,
                EventStatus.OCCURRED, date, placeSlug, List.of(new PlaceEntry(placeSlug, row.wherePrecision().role)),
                List.of(new ParticipantEntry(Slugs.of(sideA), violence.sideARole),
                        new ParticipantEntry(Slugs.of(sideB), violence.sideBRole),
                        new ParticipantEntry(UCDP_ACTOR, ActorRole.CLAIMANT)),
                claims, List.of(), citations, List.of(), UcdpPlaces.eventPoint(row), aggregate, codes(row, id, violence));
    }

    /** UCDP's own codes: its event id, kind of violence, conflict and dyad, to join back to UCDP and filter by. */
    private static List<CodeEntry> codes(UcdpRow row, long id, UcdpViolence violence) {
        List<CodeEntry> codes = new ArrayList<>();
        codes.add(new CodeEntry("ucdp_id", Long.toString(id), null));
        codes.add(new CodeEntry("ucdp_type_of_violence", Integer.toString(violence.code), violence.label));
        if (row.optional("conflict_new_id") != null) {
            codes.add(new CodeEntry("ucdp_conflict", Long.toString(row.integer("conflict_new_id")), row.optional("conflict_name")));
        }
        if (row.optional("dyad_new_id") != null) {
            codes.add(new CodeEntry("ucdp_dyad", Long.toString(row.integer("dyad_new_id")), row.optional("dyad_name")));
        }
        return codes;
    }

    private static ClaimEntry figure(ClaimGroup group, String groupActor, Long min, Long max, Qualifier qualifier, Estimate estimate,
            String reportedAs, String source, Verification verification) {
        return new ClaimEntry(ClaimMeasure.KILLED, group, groupActor, min, max, qualifier, estimate, reportedAs, null, UCDP_ACTOR,
                source, verification);
    }

    /**
     * A per-side count (part of the best estimate) is a claim when UCDP counted someone; the zero
     * counts add nothing to low, best and high.
     */
    private static void addDeaths(List<ClaimEntry> claims, ClaimGroup group, String groupActor, long deaths, String what,
            String source, Verification verification) {
        if (deaths > 0) {
            claims.add(figure(group, groupActor, deaths, deaths, Qualifier.ABOUT, Estimate.BEST, what + ": " + deaths + " (best estimate)",
                    source, verification));
        }
    }

    private static DateEntry date(UcdpRow row) {
        String precision = row.datePrecision().envelopePrecision;
        return new DateEntry(null, row.date("date_start"), row.date("date_end"), precision, false, false, null);
    }

    private static List<ActorEntry> actors(UcdpRow row) {
        return List.of(actor(row.required("side_a"), row.optional("side_a_new_id")),
                actor(row.required("side_b"), row.optional("side_b_new_id")), UCDP);
    }

    /** A side, with UCDP's actor id as its external id: the id reconciles it before its name does. */
    private static ActorEntry actor(String name, String ucdpId) {
        ActorKind kind = name.startsWith("Government of") ? ActorKind.GOVERNMENT
                : name.equalsIgnoreCase("civilians") ? ActorKind.GROUP : ActorKind.ARMED_GROUP;
        return new ActorEntry(null, Slugs.of(name), name, kind, List.of(), null, null, null,
                ucdpId == null ? null : Map.of(UCDP_ACTOR_ID, ucdpId));
    }

    private static List<SourceEntry> sources(UcdpRow row) {
        List<SourceEntry> sources = new ArrayList<>();
        sources.add(GED);
        sources.addAll(UcdpArticles.sources(row));
        return sources;
    }
}
