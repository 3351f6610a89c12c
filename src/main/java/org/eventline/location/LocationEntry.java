package org.eventline.location;

import static org.eventline.write.EntryConstraints.NAME;
import static org.eventline.write.EntryConstraints.SLUG;
import static org.eventline.write.EntryConstraints.TEXT;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;

/** A place as curators and importers write it; the parent is named by slug. */
public record LocationEntry(UUID id, @Size(max = SLUG) String slug, @Size(max = NAME) String name, LocationKind kind,
        @Size(max = SLUG) String parent, @Size(max = 100) List<@Size(max = NAME) String> aliases, Point point,
        LocationPrecision locationPrecision, @Size(max = TEXT) String description) {

    /** A position as written: either part may be missing, which the checks report. */
    public record Point(Double lon, Double lat) {
    }
}
