package org.eventline.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A group of event types (remote violence, diplomacy, ...); filtering by it selects all its types. */
@Entity
public class EventCategory {

    @Id
    public String code;

    public String label;

    public String description;

    public int position;
}
