package org.eventline.actor;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.vocabulary.ActorKind;

/** An actor as other resources show it: enough to name it and link to it. */
@Schema(name = "ActorRef")
public record ActorRef(
        UUID id,
        @Schema(examples = "sergey-lavrov") String slug,
        @Schema(examples = "Sergey Lavrov") String name,
        ActorKind kind) {

    public static ActorRef of(Actor actor) {
        return actor == null ? null : new ActorRef(actor.id, actor.slug, actor.name, actor.kind);
    }
}
