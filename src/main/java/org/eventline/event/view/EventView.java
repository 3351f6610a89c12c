package org.eventline.event.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.actor.ActorRef;
import org.eventline.location.LocationRef;
import org.eventline.location.Point;
import org.eventline.source.SourceRef;
import org.eventline.vocabulary.ActorKind;
import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Estimate;
import org.eventline.vocabulary.EventStatus;
import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;
import org.eventline.vocabulary.LocationRole;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.RelationKind;
import org.eventline.vocabulary.SourceKind;
import org.eventline.vocabulary.Verification;

/** An event in full, as GET /events and GET /events/{id} return it. */
@Schema(name = "Event")
public record EventView(
        UUID id,
        @Schema(description = "Event type code from the taxonomy.", examples = "air_strike") String type,
        @Schema(description = "Category of the type.", examples = "remote_violence") String category,
        String title,
        String summary,
        EventStatus status,
        DateView date,
        @Schema(description = "The primary place; null when the event names none.", nullable = true) LocationRef location,
        @Schema(description = "Every place of the event with its role, the primary one included.") List<PlaceInEvent> locations,
        List<ActorInEvent> actors,
        List<ClaimView> claims,
        List<QuoteView> quotes,
        List<Citation> sources,
        List<RelatedEvent> related,
        @Schema(description = "The point the source gave this event, with what it stands for, kept even when the event's "
                + "place (location) has another point; null when the source gave none beyond its place's. Maps (GeoJSON "
                + "geometry) and CSV coordinates use it, else the primary place's point.", nullable = true) EventPoint point,
        @Schema(description = "True when the source reports many incidents as this one record (UCDP event_clarity 2: "
                + "a tally over days or a whole area, not one incident); /events?aggregate=false leaves such events out.")
        boolean aggregate,
        @Schema(description = "The source's own codes for this record, to join it back to the source and filter by them "
                + "(/events?code=ucdp_conflict:299): ucdp_id, ucdp_type_of_violence, ucdp_conflict, ucdp_dyad ...")
        List<SourceCode> codes,
        @Schema(description = "Key of the record the event was curated or imported from.",
                examples = "aljazeera-2016-10-14-aleppo/overnight-air-strikes", nullable = true) String externalKey,
        @Schema(description = "Slug of the dataset the event comes from; GET /api/v1/datasets/{slug} gives its version, "
                + "licence and citation.", examples = "ucdp-ged-syria") String dataset,
        Instant createdAt,
        Instant updatedAt) {

    /** An event as rendered before V027 (no point of its own, not an aggregate, no codes), of no named dataset. */
    public EventView(UUID id, String type, String category, String title, String summary, EventStatus status, DateView date,
            LocationRef location, List<PlaceInEvent> locations, List<ActorInEvent> actors, List<ClaimView> claims,
            List<QuoteView> quotes, List<Citation> sources, List<RelatedEvent> related, String externalKey,
            Instant createdAt, Instant updatedAt) {
        this(id, type, category, title, summary, status, date, location, locations, actors, claims, quotes, sources, related,
                null, false, List.of(), externalKey, null, createdAt, updatedAt);
    }

    /** The point the source gave the event; mapped where the event is, before its place's point. */
    @Schema(name = "EventPoint")
    public record EventPoint(@Schema(examples = "37.161173") double lon, @Schema(examples = "36.201241") double lat,
            @Schema(description = "What the point stands for: the site, or the centroid of a town, district, region or country.")
            LocationPrecision precision) {
    }

    @Schema(name = "SourceCode", description = "A code the source gives its record.")
    public record SourceCode(@Schema(examples = "ucdp_conflict") String scheme, @Schema(examples = "299") String code,
            @Schema(examples = "Syria: Government", nullable = true) String label) {
    }

    @Schema(name = "PlaceInEvent")
    public record PlaceInEvent(UUID id, String slug, String name, LocationKind kind, @Schema(nullable = true) Point point,
            LocationPrecision locationPrecision, LocationRole role) {
    }

    @Schema(name = "ActorInEvent")
    public record ActorInEvent(UUID id, String slug, String name, ActorKind kind, ActorRole role) {
    }

    @Schema(name = "Claim", description = "One reported figure as reported; conflicting figures are separate claims.")
    public record ClaimView(
            UUID id,
            @Schema(examples = "killed") ClaimMeasure measure,
            @Schema(description = "Whom it counts; null for a figure that counts no one (a number of strikes).", examples = "civilians", nullable = true)
            ClaimGroup group,
            @Schema(description = "Whose members the group counts (the side whose combatants died); null when the group is not one actor's.",
                    nullable = true)
            ActorRef groupActor,
            @Schema(description = "Lower bound as reported (set for exactly, at_least, more_than, about).", examples = "6", nullable = true)
            Long min,
            @Schema(description = "Upper bound as reported (set for exactly, as_many_as, about).", nullable = true) Long max,
            @Schema(examples = "at_least") Qualifier qualifier,
            @Schema(description = "Which of the claimant's estimates this is (low, best, high), when it publishes several, as UCDP "
                    + "does for every event; null for a single figure.", examples = "best", nullable = true)
            Estimate estimate,
            @Schema(description = "The figure's wording.", examples = "at least six", nullable = true) String reportedAs,
            @Schema(description = "The period the figure covers, when it names one.", nullable = true) DateView period,
            @Schema(description = "Who made the claim.") ActorRef attributedTo,
            @Schema(description = "Where we read it.") SourceRef source,
            Verification verification) {
    }

    @Schema(name = "Quote")
    public record QuoteView(String text, @Schema(description = "Null when the source does not name the speaker.", nullable = true) ActorRef speaker,
            SourceRef source) {
    }

    @Schema(name = "Citation")
    public record Citation(UUID id, String slug, SourceKind kind, String publisher, String title,
            @Schema(nullable = true) String url,
            @Schema(nullable = true) LocalDate publishedOn,
            @Schema(description = "How the text attributes the information.", nullable = true) String attribution) {
    }

    @Schema(name = "RelatedEvent")
    public record RelatedEvent(RelationKind relation, UUID id, String type, String title, DateView date) {
    }
}
