package org.eventline.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One type of event in the taxonomy, with its ACLED and PLOVER equivalents. */
@Entity
public class EventType {

    @Id
    public String code;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "category_code")
    public EventCategory category;

    public String label;

    public String description;

    public String acledEventType;

    public String acledSubEventType;

    public String ploverEventType;

    public String ploverMode;

    public int position;
}
