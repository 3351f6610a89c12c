package org.eventline.location;

import static org.eventline.write.EntryConstraints.NAME;
import static org.eventline.write.EntryConstraints.SLUG;
import static org.eventline.write.EntryConstraints.TEXT;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;

/**
 * A place as curators and importers write it; the parent is named by slug, and the external ids are
 * other registries' identifiers by scheme ({"geonames": "170063", "wikidata": "Q41183"}), matched before names.
 */
public record LocationEntry(UUID id, @Size(max = SLUG) String slug, @Size(max = NAME) String name, LocationKind kind,
        @Size(max = SLUG) String parent, @Size(max = 100) List<@Size(max = NAME) String> aliases, Point point,
        LocationPrecision locationPrecision, @Size(max = TEXT) String description,
        @Size(max = 20) Map<@Size(max = 50) String, @Size(max = NAME) String> externalIds) {

    /** An entry without external ids. */
    public LocationEntry(UUID id, String slug, String name, LocationKind kind, String parent, List<String> aliases, Point point,
            LocationPrecision locationPrecision, String description) {
        this(id, slug, name, kind, parent, aliases, point, locationPrecision, description, null);
    }

    /** A position as written: either part may be missing, which the checks report. */
    public record Point(Double lon, Double lat) {
    }
}
