package org.eventline.web.format;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.figure.CountRange;

/**
 * For the OpenAPI document: the GeoJSON that GeoJsonEventWriter streams, so a generated client can type a map
 * layer. OpenApiAnswersTest validates real exports against it, so it cannot drift from the writer.
 */
@Schema(name = "EventFeatureCollection", description = "RFC 7946 FeatureCollection: one Feature per event, at the point its source "
        + "gave it, else at its primary place's point.")
public record GeoJsonDocument(@Schema(enumeration = "FeatureCollection") String type, List<Feature> features) {

    @Schema(name = "EventFeature")
    public record Feature(
            @Schema(enumeration = "Feature") String type,
            @Schema(description = "The event's id.", format = "uuid") String id,
            @Schema(description = "The event's own point (the one its source gave), else its primary place's; null when it has "
                    + "neither (RFC 7946 allows it).", nullable = true) PointGeometry geometry,
            FeatureProperties properties) {
    }

    @Schema(name = "PointGeometry")
    public record PointGeometry(
            @Schema(enumeration = "Point") String type,
            @Schema(description = "[longitude, latitude] in WGS 84 decimal degrees.", minItems = 2, maxItems = 2,
                    examples = "[37.17, 36.2]") List<Double> coordinates) {
    }

    /** Every member is written, null or not, so each Feature has the same properties for a map's style rules. */
    @Schema(name = "EventFeatureProperties")
    public record FeatureProperties(
            @Schema(format = "uuid") String id,
            @Schema(examples = "air_strike") String type,
            @Schema(examples = "remote_violence") String category,
            String title,
            @Schema(nullable = true) String summary,
            @Schema(examples = "occurred") String status,
            @Schema(format = "date", nullable = true) String dateStart,
            @Schema(format = "date", description = "Null while open-ended.", nullable = true) String dateEnd,
            @Schema(examples = "day", nullable = true) String datePrecision,
            @Schema(nullable = true) Boolean dateApproximate,
            @Schema(nullable = true) Boolean dateUncertain,
            @Schema(examples = "2016-10-13/2016-10-14", nullable = true) String dateEdtf,
            @Schema(examples = "13–14 October 2016", nullable = true) String dateLabel,
            @Schema(examples = "east-aleppo", nullable = true) String locationSlug,
            @Schema(examples = "East Aleppo", nullable = true) String locationName,
            @Schema(examples = "town", nullable = true) String locationPrecision,
            List<FeatureActor> actors,
            @Schema(description = "Number of claims (figures) of the event.") int claimCount,
            @Schema(description = "Number of sources the event cites.") int sourceCount,
            @Schema(format = "date-time") String updatedAt,
            @Schema(description = KILLED_MIN, nullable = true, examples = "100") Long killedMin,
            @Schema(description = "The highest number of people killed the event's claims state; see killed_min.", nullable = true,
                    examples = "100") Long killedMax,
            @Schema(description = "As killed_min, for people injured (measure injured, group people).", nullable = true) Long injuredMin,
            @Schema(description = "As killed_max, for people injured (measure injured, group people).", nullable = true) Long injuredMax,
            @Schema(description = "The event's external key, to join the feature back to its source's record.",
                    examples = "ucdp-ged:231016", nullable = true) String key,
            @Schema(description = "True when the source reports many incidents as this one record (UCDP event_clarity 2).")
            boolean aggregate,
            @Schema(description = "What the geometry stands for: the site (exact, near) or the centroid of a town, district, "
                    + "region, area or country.", examples = "town", nullable = true) String pointPrecision,
            @Schema(description = "The source's own codes for the record.") List<FeatureCode> codes) {
    }

    @Schema(name = "EventFeatureCode")
    public record FeatureCode(@Schema(examples = "ucdp_conflict") String scheme, @Schema(examples = "299") String code,
            @Schema(examples = "Syria: Government", nullable = true) String label) {
    }

    /** The rule of the figure columns (figure/CountRange.RULE), as the schema states it. */
    private static final String KILLED_MIN = "The lowest number of people killed the event's claims state. " + CountRange.RULE;

    @Schema(name = "EventFeatureActor")
    public record FeatureActor(@Schema(examples = "sergey-lavrov") String slug, String name, @Schema(examples = "speaker") String role) {
    }
}
