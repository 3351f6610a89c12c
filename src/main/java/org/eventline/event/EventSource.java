package org.eventline.event;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.eventline.source.Source;

/** A citation of an event: the source and how its text attributes the information. */
@Embeddable
public class EventSource {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;

    public String attribution;

    public EventSource() {
    }

    public EventSource(Source source, String attribution) {
        this.source = source;
        this.attribution = attribution;
    }
}
