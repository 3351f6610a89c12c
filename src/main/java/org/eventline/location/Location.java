package org.eventline.location;

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

import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;

/** A place in the hierarchy (a hospital inside east Aleppo inside Aleppo inside Syria), with its point. */
@Entity
public class Location {

    @Id
    public UUID id;

    public String slug;

    public String name;

    public LocationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Location parent;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases = new ArrayList<>();

    /** WGS 84 degrees; both null when the place has no point. */
    public Double longitude;

    public Double latitude;

    public LocationPrecision locationPrecision;

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
