// The API guide's "A typed client" example, as printed there (only the import path differs): it must compile.
import createClient from "openapi-fetch";
import type { paths } from "./generated/eventline";

// naming the media types picks the schemas: a page (or TimelineJS) as data, a Problem as error
const api = createClient<paths, "application/json" | "application/problem+json">({ baseUrl: "http://localhost:8080" });
const { data, error } = await api.GET("/api/v1/events", { params: { query: { location: ["aleppo"], limit: 10 } } });
if (data !== undefined && "items" in data) {            // narrows the oneOf to EventPage, no cast
    for (const event of data.items) {
        console.log(event.title, event.date.start, event.date.end ?? "ongoing", event.location?.name ?? "no place");
    }
} else if (error !== undefined) {
    console.log(error.title, error.errors?.map((e) => e.parameter ?? e.field));
}

export {};
