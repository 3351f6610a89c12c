package org.eventline.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import org.eventline.claim.ClaimFilter;
import org.eventline.claim.ClaimFilterParameters;
import org.eventline.claim.ClaimFilterParser;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Coded;
import org.eventline.web.QueryParameters;

/** Declares the parameters of /stats/figures (the claims filters, of which measure is required, the bucket width, the split) and reads them. */
public class FigureParameters extends ClaimFilterParameters {

    @RestQuery
    @Parameter(description = "Bucket width; weeks start on Monday.",
            schema = @Schema(enumeration = {"day", "week", "month", "year"}, defaultValue = "month"))
    public String interval;

    @RestQuery("group_by")
    @Parameter(description = "Split each series by the event's primary place (location), the place of a kind containing it "
            + "(country, governorate, district, city; \"none\" when there is none), the event's actors (a claim counts once "
            + "for each) or the claim's group_actor.",
            schema = @Schema(enumeration = {"location", "country", "governorate", "district", "city", "actor", "group_actor"}))
    public String groupBy;

    /** What the figures are asked for: filter, width and split; every problem with the parameters is one 400. */
    public record Query(ClaimFilter filter, TimelineInterval interval, FigureGrouping grouping) {
    }

    public Query read(QueryParameters parameters, ClaimFilterParser filters) {
        ClaimFilter filter = filters.parse(parameters, this);
        if (filter.measures().isEmpty() && (measure == null || measure.isEmpty())) {
            parameters.error("measure", "is required: the one measure to sum, one of " + Coded.codes(ClaimMeasure.class));
        } else if (filter.measures().size() > 1) {
            parameters.error("measure", "one measure at a time: figures of different measures are never summed");
        }
        TimelineInterval width = parameters.vocabulary("interval", interval, TimelineInterval.class).orElse(TimelineInterval.MONTH);
        FigureGrouping grouping = parameters.vocabulary("group_by", groupBy, FigureGrouping.class).orElse(null);
        parameters.throwIfInvalid();
        return new Query(filter, width, grouping);
    }
}
