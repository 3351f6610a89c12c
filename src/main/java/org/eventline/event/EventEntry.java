package org.eventline.event;

import static org.eventline.write.EntryConstraints.LIST;
import static org.eventline.write.EntryConstraints.NAME;
import static org.eventline.write.EntryConstraints.PHRASE;
import static org.eventline.write.EntryConstraints.SLUG;
import static org.eventline.write.EntryConstraints.TEXT;
import static org.eventline.write.EntryConstraints.TITLE;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Estimate;
import org.eventline.vocabulary.EventStatus;
import org.eventline.vocabulary.LocationPrecision;
import org.eventline.vocabulary.LocationRole;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.RelationKind;
import org.eventline.vocabulary.Verification;
import org.eventline.write.SupportedDate;

/**
 * An event as curators and importers write it (a PUT body, an NDJSON line, a dataset's event):
 * places, actors and sources named by slug, related events by id.
 */
public record EventEntry(UUID id, @Size(max = SLUG) String key, @Size(max = SLUG) String type,
        @Size(max = TITLE) String title, @Size(max = TEXT) String summary, EventStatus status, @Valid DateEntry date,
        @Size(max = SLUG) String location, @Size(max = LIST) List<@Valid PlaceEntry> locations,
        @Size(max = LIST) List<@Valid ParticipantEntry> actors, @Size(max = LIST) List<@Valid ClaimEntry> claims,
        @Size(max = LIST) List<@Valid QuoteEntry> quotes, @Size(max = LIST) List<@Valid CitationEntry> sources,
        @Size(max = LIST) List<@Valid RelationEntry> related,
        @Schema(description = "The point the source gave this event, kept even when its place's point differs; "
                + "maps and exports use it before the place's.", nullable = true) @Valid PointEntry point,
        @Schema(description = "True when the source reports many incidents as one record (UCDP event_clarity 2); "
                + "false when left out.", nullable = true) Boolean aggregate,
        @Schema(description = "The source's own codes for this record (its id, its kind of violence, its conflict...).")
        @Size(max = LIST) List<@Valid CodeEntry> codes,
        @Schema(description = "Slug of the event's dataset (GET /api/v1/datasets). Left out: a new event joins the import's "
                + "dataset, else eventline-curated; a rewrite keeps the stored one.", examples = "eventline-curated")
        @Size(max = SLUG) String dataset) {

    /** An entry that names no dataset: it joins the one of the write or import that carries it. */
    public EventEntry(UUID id, String key, String type, String title, String summary, EventStatus status, DateEntry date,
            String location, List<PlaceEntry> locations, List<ParticipantEntry> actors, List<ClaimEntry> claims,
            List<QuoteEntry> quotes, List<CitationEntry> sources, List<RelationEntry> related, PointEntry point,
            Boolean aggregate, List<CodeEntry> codes) {
        this(id, key, type, title, summary, status, date, location, locations, actors, claims, quotes, sources, related,
                point, aggregate, codes, null);
    }

    /** An entry without the source's point, flags and codes (none, not an aggregate), naming no dataset. */
    public EventEntry(UUID id, String key, String type, String title, String summary, EventStatus status, DateEntry date,
            String location, List<PlaceEntry> locations, List<ParticipantEntry> actors, List<ClaimEntry> claims,
            List<QuoteEntry> quotes, List<CitationEntry> sources, List<RelationEntry> related) {
        this(id, key, type, title, summary, status, date, location, locations, actors, claims, quotes, sources, related,
                null, null, null, null);
    }

    /** A position as the source gave it and what it stands for; a missing part is reported by the checks. */
    public record PointEntry(Double lon, Double lat, LocationPrecision precision) {
    }

    /** One of the source's codes: scheme (ucdp_conflict), code (299), and what it names. */
    public record CodeEntry(@Size(max = 40) String scheme, @Size(max = 100) String code, @Size(max = NAME) String label) {
    }

    /**
     * Either an EDTF string, or the envelope's parts; a label overrides the derived one. Approximate (~) and
     * uncertain (?) are two flags, both at once EDTF's %.
     */
    public record DateEntry(@Size(max = 100) String edtf, @SupportedDate LocalDate start, @SupportedDate LocalDate end, @Size(max = 20) String precision,
            Boolean approximate, Boolean uncertain, @Size(max = NAME) String label) {

        /** A date that is not uncertain, as entries were written before the flag. */
        public DateEntry(String edtf, LocalDate start, LocalDate end, String precision, Boolean approximate, String label) {
            this(edtf, start, end, precision, approximate, null, label);
        }
    }

    public record PlaceEntry(@Size(max = SLUG) String location, LocationRole role) {
    }

    public record ParticipantEntry(@Size(max = SLUG) String actor, ActorRole role) {
    }

    /** A figure is a count: never negative (the claim table checks it), at most a PostgreSQL bigint. */
    public record ClaimEntry(ClaimMeasure measure, ClaimGroup group, @Size(max = SLUG) String groupActor,
            @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) Long min,
            @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) Long max, Qualifier qualifier, Estimate estimate,
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
