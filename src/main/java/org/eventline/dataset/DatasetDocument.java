package org.eventline.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eventline.vocabulary.ActorKind;
import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.EventStatus;
import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;
import org.eventline.vocabulary.LocationRole;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.RelationKind;
import org.eventline.vocabulary.SourceKind;
import org.eventline.vocabulary.Verification;

/**
 * A dataset as written by curators and importers: sources, actors, places and events, which refer
 * to each other by slug (and events to events by id). The bundled seed is one of these.
 */
public record DatasetDocument(
        String dataset,
        List<SourceEntry> sources,
        List<ActorEntry> actors,
        List<LocationEntry> locations,
        List<EventEntry> events) {

    // Longest texts a write may carry: generous for any real record, and far below what would
    // strain a page, a full-text document (PostgreSQL refuses a tsvector over 1 MB) or a CSV cell.
    static final int SLUG = 200;
    static final int NAME = 300;
    static final int TITLE = 500;
    static final int PHRASE = 1_000;
    static final int URL = 2_000;
    static final int TEXT = 20_000;
    static final int LIST = 1_000;

    public record SourceEntry(UUID id, @Size(max = SLUG) String slug, SourceKind kind, @Size(max = NAME) String publisher,
            @Size(max = TITLE) String title, @Size(max = URL) String url, LocalDate publishedOn,
            @Size(max = 35) String language, @Size(max = TEXT) String description) {
    }

    public record ActorEntry(UUID id, @Size(max = SLUG) String slug, @Size(max = NAME) String name, ActorKind kind,
            @Size(max = 100) List<@Size(max = NAME) String> aliases, @Size(max = SLUG) String affiliation,
            @Size(max = 20) String wikidataId, @Size(max = TEXT) String description) {
    }

    public record LocationEntry(UUID id, @Size(max = SLUG) String slug, @Size(max = NAME) String name, LocationKind kind,
            @Size(max = SLUG) String parent, @Size(max = 100) List<@Size(max = NAME) String> aliases, Point point,
            LocationPrecision locationPrecision, @Size(max = TEXT) String description) {
    }

    public record Point(Double lon, Double lat) {
    }

    public record EventEntry(UUID id, @Size(max = SLUG) String key, @Size(max = SLUG) String type,
            @Size(max = TITLE) String title, @Size(max = TEXT) String summary, EventStatus status, @Valid DateEntry date,
            @Size(max = SLUG) String location, @Size(max = LIST) List<@Valid PlaceEntry> locations,
            @Size(max = LIST) List<@Valid ParticipantEntry> actors, @Size(max = LIST) List<@Valid ClaimEntry> claims,
            @Size(max = LIST) List<@Valid QuoteEntry> quotes, @Size(max = LIST) List<@Valid CitationEntry> sources,
            @Size(max = LIST) List<@Valid RelationEntry> related) {
    }

    /** Either an EDTF string, or the envelope's parts; a label overrides the derived one. */
    public record DateEntry(@Size(max = 100) String edtf, LocalDate start, LocalDate end, @Size(max = 20) String precision,
            Boolean approximate, @Size(max = NAME) String label) {
    }

    public record PlaceEntry(@Size(max = SLUG) String location, LocationRole role) {
    }

    public record ParticipantEntry(@Size(max = SLUG) String actor, ActorRole role) {
    }

    public record ClaimEntry(ClaimMeasure measure, ClaimGroup group, Long min, Long max, Qualifier qualifier,
            @Size(max = PHRASE) String reportedAs, @Valid DateEntry period, @Size(max = SLUG) String attributedTo,
            @Size(max = SLUG) String source, Verification verification) {
    }

    public record QuoteEntry(@Size(max = TEXT) String text, @Size(max = SLUG) String speaker, @Size(max = SLUG) String source) {
    }

    public record CitationEntry(@Size(max = SLUG) String source, @Size(max = PHRASE) String attribution) {
    }

    public record RelationEntry(UUID event, RelationKind relation) {
    }
}
