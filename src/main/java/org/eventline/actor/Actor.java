package org.eventline.actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

import org.eventline.vocabulary.ActorKind;

/** A state, force, group, person or organisation that acts in, suffers or reports events. */
@Entity
public class Actor {

    @Id
    public UUID id;

    public String slug;

    public String name;

    public ActorKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases = new ArrayList<>();

    /** The actor this one belongs to: a minister to a ministry, a ministry to a state. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "affiliation_id")
    public Actor affiliation;

    public String wikidataId;

    public String description;

    /** Other registries' identifiers, by scheme: matched before names when a second dataset arrives. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> externalIds = new LinkedHashMap<>();

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    @Version
    public long version;
}
