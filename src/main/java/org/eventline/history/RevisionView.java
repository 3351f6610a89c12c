package org.eventline.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.event.view.EventView;
import org.eventline.write.Change;

/** A revision as the history and the change feed show it. */
@Schema(name = "Revision")
public record RevisionView(
        @Schema(description = "Revision number: grows in commit order across all events.", examples = "42") long revision,
        UUID eventId,
        @Schema(description = "created, updated, or retired (the event left the timeline; a tombstone).") Change change,
        Instant changedAt,
        @Schema(description = "Who made the change: the subject of the writer's token, or the importer.") String author,
        @Schema(description = "Top-level fields of the event that this revision changed.") List<String> changedFields,
        @JsonRawValue
        @Schema(implementation = EventView.class, description = "The event after the change; for a retirement, as it last was.")
        String event) {

    static RevisionView of(Revision revision) {
        return new RevisionView(revision.revision(), revision.eventId(), revision.change(), revision.changedAt(),
                revision.author(), revision.changedFields(), revision.document());
    }
}
