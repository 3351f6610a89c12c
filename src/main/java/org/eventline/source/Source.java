package org.eventline.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import org.eventline.vocabulary.SourceKind;

/** A publication or report that events and claims cite. */
@Entity
public class Source {

    @Id
    public UUID id;

    public String slug;

    public SourceKind kind;

    public String publisher;

    public String title;

    public String url;

    public LocalDate publishedOn;

    public String language;

    public String description;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    @Version
    public long version;
}
