package org.eventline.stats;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import org.eventline.event.EventFilter;
import org.eventline.event.EventFilterParameters;
import org.eventline.event.EventFilterParser;
import org.eventline.event.EventScope;
import org.eventline.web.Problem;
import org.eventline.web.QueryParameters;
import org.eventline.replica.ServedByReplica;

/** Event counts over time, for charts, under exactly the filters of /events. */
@PermitAll
@ServedByReplica
@Path("/api/v1/stats/timeline")
@Tag(name = "Statistics", description = "Event counts per day, week, month or year under the /events filters, for charts.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class StatsResource {

    @Inject
    EventFilterParser filters;
    @Inject
    QueryParameters parameters;
    @Inject
    TimelineBuckets buckets;

    @GET
    @Operation(summary = "Event counts per day, week, month or year",
            description = "Takes every filter of /events. " + TimelineBuckets.COUNTED_BY + " Empty buckets between the first and the last "
                    + "(or between from and to when both are given) are included with zero counts.")
    public TimelineView timelineStats(
            @RestQuery @Parameter(description = "Bucket width; weeks start on Monday.",
                    schema = @Schema(enumeration = {"day", "week", "month", "year"}, defaultValue = "month")) String interval,
            @RestQuery("group_by") @Parameter(description = "Split each bucket's count by type, category, actor or primary place. "
                    + "With actor, an event with several actors counts once for each.",
                    schema = @Schema(enumeration = {"type", "category", "actor", "location"})) String groupBy,
            @BeanParam EventFilterParameters declared) {
        EventFilter filter = filters.parse(parameters, declared, EventScope.ALL);
        TimelineInterval width = parameters.vocabulary("interval", interval, TimelineInterval.class).orElse(TimelineInterval.MONTH);
        TimelineGrouping grouping = parameters.vocabulary("group_by", groupBy, TimelineGrouping.class).orElse(null);
        parameters.throwIfInvalid();
        return buckets.count(filter, width, grouping);
    }
}
