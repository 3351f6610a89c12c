package org.eventline.event;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.eventline.location.Location;
import org.eventline.vocabulary.LocationRole;

/** A place of an event and the part it plays there (site, venue, subject...). */
@Embeddable
public class EventLocation {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    public Location location;

    public LocationRole role;

    public EventLocation() {
    }

    public EventLocation(Location location, LocationRole role) {
        this.location = location;
        this.role = role;
    }
}
