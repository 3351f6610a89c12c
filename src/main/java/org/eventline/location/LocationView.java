package org.eventline.location;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;

/** A place as /locations shows it; the detail adds its parent chain and children. */
@Schema(name = "Location", requiredProperties = {"id", "slug", "name", "kind", "aliases", "location_precision", "created_at", "updated_at"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocationView(
        UUID id,
        @Schema(examples = "east-aleppo") String slug,
        @Schema(examples = "East Aleppo") String name,
        LocationKind kind,
        List<String> aliases,
        Point point,
        @Schema(description = "What the point stands for: the site itself (exact), or the centroid of a town, district, region or country.")
        LocationPrecision locationPrecision,
        LocationRef parent,
        String description,
        @Schema(description = "Other registries' identifiers, by scheme (geonames, wikidata).") Map<String, String> externalIds,
        @Schema(description = "Detail only: the places containing this one, nearest first (east Aleppo, Aleppo, ..., Syria).")
        List<LocationRef> parentChain,
        @Schema(description = "Detail only: the places directly inside this one.") List<LocationRef> children,
        Instant createdAt,
        Instant updatedAt) {

    public static LocationView summary(Location location) {
        return of(location, null, null);
    }

    public static LocationView of(Location location, List<LocationRef> parentChain, List<LocationRef> children) {
        return new LocationView(location.id, location.slug, location.name, location.kind, List.copyOf(location.aliases),
                Point.of(location), location.locationPrecision, LocationRef.of(location.parent), location.description, new TreeMap<>(location.externalIds),
                parentChain, children, location.createdAt, location.updatedAt);
    }
}
