package org.eventline.location;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;

/** A place as other resources show it: its name, kind, point and what the point stands for. */
@Schema(name = "LocationRef")
public record LocationRef(
        UUID id,
        @Schema(examples = "east-aleppo") String slug,
        @Schema(examples = "East Aleppo") String name,
        LocationKind kind,
        @Schema(description = "Null when the place has no known position.", nullable = true) Point point,
        @Schema(description = "What the point stands for: the site itself (exact), or the centroid of a town, district, region or country.")
        LocationPrecision locationPrecision) {

    public static LocationRef of(Location location) {
        return location == null ? null : new LocationRef(location.id, location.slug, location.name, location.kind,
                Point.of(location), location.locationPrecision);
    }
}
