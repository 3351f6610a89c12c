package org.eventline.event;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.EventStatus;

/**
 * Declares the filter parameters of the event endpoints, for the OpenAPI document and for reading:
 * EventFilterParser reads these fields, and QueryParameters refuses every name not declared.
 */
public class EventFilterParameters {

    @RestQuery
    @Parameter(description = "Start of the period, inclusive: YYYY, YYYY-MM or YYYY-MM-DD.", example = "2016-10")
    public String from;

    @RestQuery
    @Parameter(description = "End of the period, inclusive: YYYY, YYYY-MM (through the month's last day) or YYYY-MM-DD.",
            example = "2016-10-14")
    public String to;

    @RestQuery("date_match")
    @Parameter(description = "overlaps (default): the event's date envelope intersects the period; within: it lies inside it. "
            + "An open-ended (ongoing) event overlaps every later period.",
            schema = @Schema(enumeration = {"overlaps", "within"}, defaultValue = "overlaps"))
    public String dateMatch;

    @RestQuery
    @Parameter(description = "Event type or category code; repeat it or separate with commas (any of them). "
            + "See /api/v1/event-types.", example = "air_strike")
    public List<String> type;

    @RestQuery
    @Parameter(description = "Actor id or slug; repeat for any of several.", example = "sergey-lavrov")
    public List<String> actor;

    @RestQuery("actor_role")
    @Parameter(description = "Only events where the actor (or any actor) has this role.",
            schema = @Schema(implementation = ActorRole.class))
    public String actorRole;

    @RestQuery
    @Parameter(description = "Location id or slug: events at it or anywhere inside it. Repeat for any of several.",
            example = "east-aleppo")
    public List<String> location;

    @RestQuery
    @Parameter(description = "min_lon,min_lat,max_lon,max_lat (WGS 84); events whose primary place's point is inside. "
            + "min_lon > max_lon crosses the antimeridian.", example = "36.9,36.0,37.4,36.4")
    public String bbox;

    @RestQuery
    @Parameter(description = "Full-text search (English stemming, web-search syntax: \"quoted phrase\", or, -not) over "
            + "titles, summaries, quotes, claims, and the names and aliases of actors and places. Does not change the order.",
            example = "hospital")
    public String q;

    @RestQuery
    @Parameter(description = "Event status; repeatable.", schema = @Schema(type = SchemaType.ARRAY, implementation = EventStatus.class))
    public List<String> status;

    @RestQuery
    @Parameter(description = "Dataset slug (see /api/v1/datasets); repeat for any of several.", example = "ucdp-ged-syria")
    public List<String> dataset;

    @RestQuery("updated_since")
    @Parameter(description = "Only events created or changed at or after this instant (or day, UTC).",
            example = "2016-10-14T08:49:49Z")
    public String updatedSince;

    @RestQuery
    @Parameter(description = "true: only events the source reports as many incidents in one record (UCDP event_clarity 2, "
            + "such as a year's deaths at a country's centroid); false: leaves them out, for maps and figures of single "
            + "incidents. Not given: both.", schema = @Schema(type = SchemaType.BOOLEAN))
    public String aggregate;

    @RestQuery
    @Parameter(description = "A source's code, scheme:code (see each event's codes), such as ucdp_conflict:299, "
            + "ucdp_dyad:11973, ucdp_type_of_violence:1 or ucdp_id:231016. Repeat it or separate with commas: codes of one "
            + "scheme match any of them, codes of different schemes must all match.", example = "ucdp_conflict:299")
    public List<String> code;
}
