package org.eventline.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

    public record SourceEntry(UUID id, String slug, SourceKind kind, String publisher, String title, String url,
            LocalDate publishedOn, String language, String description) {
    }

    public record ActorEntry(UUID id, String slug, String name, ActorKind kind, List<String> aliases,
            String affiliation, String wikidataId, String description) {
    }

    public record LocationEntry(UUID id, String slug, String name, LocationKind kind, String parent,
            List<String> aliases, Point point, LocationPrecision locationPrecision, String description) {
    }

    public record Point(Double lon, Double lat) {
    }

    public record EventEntry(UUID id, String key, String type, String title, String summary, EventStatus status,
            DateEntry date, String location, List<PlaceEntry> locations, List<ParticipantEntry> actors,
            List<ClaimEntry> claims, List<QuoteEntry> quotes, List<CitationEntry> sources,
            List<RelationEntry> related) {
    }

    /** Either an EDTF string, or the envelope's parts; a label overrides the derived one. */
    public record DateEntry(String edtf, LocalDate start, LocalDate end, String precision, Boolean approximate,
            String label) {
    }

    public record PlaceEntry(String location, LocationRole role) {
    }

    public record ParticipantEntry(String actor, ActorRole role) {
    }

    public record ClaimEntry(ClaimMeasure measure, ClaimGroup group, Long min, Long max, Qualifier qualifier,
            String reportedAs, DateEntry period, String attributedTo, String source, Verification verification) {
    }

    public record QuoteEntry(String text, String speaker, String source) {
    }

    public record CitationEntry(String source, String attribution) {
    }

    public record RelationEntry(UUID event, RelationKind relation) {
    }
}
