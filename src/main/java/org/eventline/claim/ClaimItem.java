package org.eventline.claim;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.actor.ActorRef;
import org.eventline.event.view.DateView;
import org.eventline.location.LocationRef;
import org.eventline.source.SourceRef;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Estimate;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.Verification;

/**
 * One claim of /claims: its fields exactly as its event's JSON shows them (the Claim schema), and the
 * event it belongs to, in brief. Written from the event's stored document; read back for the CSV.
 */
@Schema(name = "ClaimWithEvent", description = "A claim as its event shows it (see Claim), with the event in brief.")
public record ClaimItem(
        UUID id,
        ClaimMeasure measure,
        @Schema(nullable = true) ClaimGroup group,
        @Schema(nullable = true) ActorRef groupActor,
        @Schema(description = "Lower bound as reported.", nullable = true) Long min,
        @Schema(description = "Upper bound as reported.", nullable = true) Long max,
        Qualifier qualifier,
        @Schema(nullable = true) Estimate estimate,
        @Schema(nullable = true) String reportedAs,
        @Schema(description = "The period the figure covers, when it names one.", nullable = true) DateView period,
        @Schema(description = "Who made the claim.") ActorRef attributedTo,
        @Schema(description = "Where we read it.") SourceRef source,
        Verification verification,
        ClaimEvent event) {

    /** The claim's event, in brief. */
    @Schema(name = "ClaimEvent")
    public record ClaimEvent(
            UUID id,
            String title,
            @Schema(description = "Event type code from the taxonomy.", examples = "air_strike") String type,
            DateView date,
            @Schema(description = "The primary place; null when the event names none.", nullable = true) LocationRef location) {
    }
}
