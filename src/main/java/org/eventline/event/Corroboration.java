package org.eventline.event;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.event.CorroborationRepository.Candidate;
import org.eventline.event.view.DateView;
import org.eventline.event.view.EventView;
import org.eventline.event.view.EventView.ClaimView;
import org.eventline.location.LocationRef;

/** The answer of GET /events/{id}/corroboration: events of other datasets that may report the same happening, best first. */
@Schema(name = "Corroboration", requiredProperties = {"event", "rule", "items"})
public record Corroboration(
        @Schema(description = "The event asked about.") UUID event,
        @Schema(description = "How candidates are found and scored.") String rule,
        List<Item> items) {

    /** The rule in words; CorroborationRepository is its one implementation. */
    public static final String RULE = "Events of other datasets whose date envelopes overlap this event's and whose place "
            + "is this event's place, inside it or around it (through the place hierarchy); a pair of places whose broader "
            + "place is a country or region does not count, being true of nearly every event. Score 0 to 1: 0.35 x the "
            + "share of the two envelopes' days they have in common (an open end closed at the later of the two starts) + 0.30 x "
            + "the place (1 for the same place, else 1 / (1 + levels apart), halved when the broader place is a "
            + "governorate) + 0.20 x the type (1 same type, 0.5 same category) + 0.15 x the actors both name, other "
            + "than as claimant, speaker or publisher (0.5 each, at most 1). Best first; ties by date, then id.";

    /** One candidate: the event in short, with its figures, why it matched and its score. */
    @Schema(name = "CorroborationItem")
    public record Item(CorroboratingEvent event, @Schema(description = "0 to 1; higher matches better.", examples = "0.85") BigDecimal score,
            Why why) {
    }

    /** The candidate event in short: enough to show it beside the asked one, with every figure it reports. */
    @Schema(name = "CorroboratingEvent")
    public record CorroboratingEvent(UUID id, String title, String type, String category, DateView date,
            @Schema(nullable = true) LocationRef location, String dataset, List<ClaimView> claims) {
    }

    /** Why a candidate matched, as codes to sort and filter by, and as one sentence to show. */
    @Schema(name = "CorroborationReasons")
    public record Why(
            @Schema(description = "same_dates, within (inside this event's envelope), contains (around it) or overlaps.",
                    examples = "same_dates") String time,
            @Schema(description = "Days the two envelopes have in common (an open end closed at the later of the two starts).",
                    examples = "1") int overlapDays,
            @Schema(description = "same_place, inside (the candidate's place is inside this event's) or contains (around it).",
                    examples = "inside") String place,
            @Schema(description = "Levels of the place hierarchy between the two places (0: the same place).") int placeDepth,
            @Schema(description = "Slug of this event's place in the pair.") String eventPlace,
            @Schema(description = "Slug of the candidate's place in the pair.") String candidatePlace,
            @Schema(description = "same_type, same_category or other_type.", examples = "same_type") String type,
            @Schema(description = "Slugs of the actors both events name (not as claimant, speaker or publisher).")
            List<String> sharedActors,
            @Schema(description = "The reasons as one sentence.") String text) {
    }

    static Item item(Candidate candidate, EventView event) {
        CorroboratingEvent summary = new CorroboratingEvent(event.id(), event.title(), event.type(), event.category(), event.date(),
                event.location(), event.dataset(), event.claims());
        Why why = new Why(candidate.timeMatch(), candidate.overlapDays(), candidate.placeRelation(), candidate.placeDepth(),
                candidate.eventPlace(), candidate.candidatePlace(), candidate.typeMatch(), candidate.sharedActors(),
                sentence(candidate, event));
        return new Item(summary, candidate.score(), why);
    }

    private static String sentence(Candidate candidate, EventView event) {
        List<String> parts = new ArrayList<>();
        String dated = event.date() == null ? "Dated" : "Dated " + event.date().label() + ",";
        parts.add(switch (candidate.timeMatch()) {
            case "same_dates" -> dated + " the same dates";
            case "within" -> dated + " within this event's dates";
            case "contains" -> dated + " around this event's dates";
            default -> dated + " overlapping this event's dates";
        });
        String levels = candidate.placeDepth() == 1 ? "1 level" : candidate.placeDepth() + " levels";
        parts.add(switch (candidate.placeRelation()) {
            case "same_place" -> "at the same place, " + candidate.eventPlaceName();
            case "inside" -> "at " + candidate.candidatePlaceName() + ", inside " + candidate.eventPlaceName() + " (" + levels + ")";
            default -> "at " + candidate.candidatePlaceName() + ", around " + candidate.eventPlaceName() + " (" + levels + ")";
        });
        parts.add(switch (candidate.typeMatch()) {
            case "same_type" -> "the same type (" + event.type() + ")";
            case "same_category" -> "the same category (" + event.category() + ")";
            default -> "another type (" + event.type() + ")";
        });
        if (!candidate.sharedActorNames().isEmpty()) {
            parts.add("both name " + String.join(", ", candidate.sharedActorNames()));
        }
        return String.join("; ", parts) + ".";
    }
}
