package org.eventline.taxonomy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One type of the taxonomy as /event-types shows it, with its crosswalks and how many events have it. */
@Schema(name = "EventType")
public record EventTypeView(
        @Schema(examples = "air_strike") String code,
        @Schema(examples = "remote_violence") String category,
        @Schema(examples = "Remote violence") String categoryLabel,
        @Schema(examples = "Air strike") String label,
        String description,
        @Schema(description = "ACLED equivalent; null where ACLED codes nothing of the kind.", nullable = true) Acled acled,
        @Schema(description = "PLOVER equivalent; null where PLOVER has none.", nullable = true) Plover plover,
        @Schema(description = "Number of events of this type.") long count) {

    public record Acled(@Schema(examples = "Explosions/Remote violence") String eventType,
            @Schema(examples = "Air/drone strike", nullable = true) String subEventType) {
    }

    public record Plover(@Schema(examples = "ASSAULT") String eventType, @Schema(examples = "aerial", nullable = true) String mode) {
    }

    public static EventTypeView of(EventType type, long count) {
        return new EventTypeView(type.code, type.category.code, type.category.label, type.label, type.description,
                type.acledEventType == null ? null : new Acled(type.acledEventType, type.acledSubEventType),
                type.ploverEventType == null ? null : new Plover(type.ploverEventType, type.ploverMode),
                count);
    }
}
