package org.eventline.location;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A WGS 84 position in decimal degrees. */
@Schema(name = "Point")
public record Point(@Schema(examples = "37.17") double lon, @Schema(examples = "36.2") double lat) {

    public static Point of(Location location) {
        return location.longitude == null ? null : new Point(location.longitude, location.latitude);
    }
}
