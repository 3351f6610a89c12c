package org.eventline.web.format;

import org.eventline.event.view.EventView;
import org.eventline.event.view.EventView.EventPoint;
import org.eventline.location.LocationRef;
import org.eventline.vocabulary.LocationPrecision;

/**
 * Where an export places an event, by one rule for GeoJSON and CSV: the point its source gave it
 * (kept even when its place's point differs), else its primary place's point; null when neither.
 */
record MappedPoint(double lon, double lat, LocationPrecision precision) {

    static MappedPoint of(EventView event) {
        EventPoint own = event.point();
        if (own != null) {
            return new MappedPoint(own.lon(), own.lat(), own.precision());
        }
        LocationRef location = event.location();
        if (location == null || location.point() == null) {
            return null;
        }
        return new MappedPoint(location.point().lon(), location.point().lat(), location.locationPrecision());
    }
}
