package org.eventline.history;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Declares the query parameters the change feed and the change stream share, for the OpenAPI document
 * and for reading (ChangeFeedQueryParser): a cursor of one is a cursor of the other.
 */
public class ChangeFeedParameters {

    @RestQuery
    @Parameter(description = "Only changes made at or after this instant (or day, from its start in UTC).",
            example = "2016-10-14T00:00:00Z")
    public String since;

    @RestQuery
    @Parameter(description = "Location id or slug: changes to events at it or anywhere inside it, as each revision "
            + "shows the event (a retired event as it last was). Repeat for any of several.", example = "east-aleppo")
    public List<String> location;

    @RestQuery
    @Parameter(description = "Event type or category code, as each revision shows the event; repeat it or separate "
            + "with commas (any of them). See /api/v1/event-types.", example = "air_strike")
    public List<String> type;

    @RestQuery
    @Parameter(description = "Dataset slug (see /api/v1/datasets), as each revision shows the event; repeat for any "
            + "of several.", example = "ucdp-ged-syria")
    public List<String> dataset;

    @RestQuery
    @Parameter(description = "The next_cursor or poll_cursor of a page, or the id of a streamed event: continue "
            + "after it. Keep every other parameter as it was.")
    public String cursor;
}
