package org.eventline.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import org.eventline.catalog.Dataset;
import org.eventline.location.Location;
import org.eventline.taxonomy.EventType;
import org.eventline.time.DateEnvelope;
import org.eventline.time.DatePrecision;
import org.eventline.vocabulary.EventStatus;
import org.eventline.vocabulary.LocationPrecision;

/** A dated event of the timeline with its places, actors, citations, claims, quotes and relations. */
@Entity
public class Event {

    @Id
    public UUID id;

    /** Key of the record it was imported from, so that a re-import finds it again. */
    public String externalKey;

    /** The dataset it belongs to (V026). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dataset_id")
    public Dataset dataset;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "type_code")
    public EventType type;

    public String title;

    public String summary;

    public EventStatus status;

    public LocalDate dateStart;

    public LocalDate dateEnd;

    public DatePrecision datePrecision;

    public boolean dateApproximate;

    public boolean dateUncertain;

    public String dateLabel;

    /** The primary place; it is also one of {@link #locations}, with its role. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    public Location location;

    @ElementCollection
    @CollectionTable(name = "event_location", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<EventLocation> locations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_actor", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<EventActor> actors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<EventSource> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_relation", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<EventRelation> related = new ArrayList<>();

    /**
     * The point the source gave this event (V027), kept even when its place's point differs; null
     * when the source gave none beyond its place's. Maps and exports use it before the place's.
     */
    public Double pointLongitude;

    public Double pointLatitude;

    /** What the event's own point stands for; set exactly when the point is. */
    public LocationPrecision pointPrecision;

    /** The source reports many incidents as this one record (UCDP event_clarity 2). */
    public boolean aggregate;

    @ElementCollection
    @CollectionTable(name = "event_code", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<EventCode> codes = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Claim> claims = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Quote> quotes = new ArrayList<>();

    /**
     * The JSON of this event as GET /events/{id} answers it. Only EventDocuments writes it, by a
     * plain UPDATE, so that rendering it neither bumps the version nor the update time.
     */
    @Column(insertable = false, updatable = false)
    public String document;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    @Version
    public long version;

    public DateEnvelope date() {
        return new DateEnvelope(dateStart, dateEnd, datePrecision, dateApproximate, dateUncertain, dateLabel);
    }

    public void setDate(DateEnvelope date) {
        dateStart = date.start();
        dateEnd = date.end();
        datePrecision = date.precision();
        dateApproximate = date.approximate();
        dateUncertain = date.uncertain();
        dateLabel = date.label();
    }
}
