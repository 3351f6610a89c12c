package org.eventline.actor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.vocabulary.ActorKind;

/** An actor as /actors shows it; the detail adds its affiliation chain and members. */
@Schema(name = "Actor", requiredProperties = {"id", "slug", "name", "kind", "aliases", "created_at", "updated_at"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActorView(
        UUID id,
        @Schema(examples = "sergey-lavrov") String slug,
        @Schema(examples = "Sergey Lavrov") String name,
        ActorKind kind,
        @Schema(description = "Other names and transliterations.") List<String> aliases,
        @Schema(description = "The actor this one belongs to (a minister to a ministry).") ActorRef affiliation,
        @Schema(description = "Wikidata item, only where certain.", examples = "Q159") String wikidataId,
        String description,
        @Schema(description = "Other registries' identifiers, by scheme (ucdp_actor: UCDP's actor id).") Map<String, String> externalIds,
        @Schema(description = "Detail only: the affiliations up to the top, nearest first.") List<ActorRef> affiliationChain,
        @Schema(description = "Detail only: actors affiliated to this one.") List<ActorRef> members,
        Instant createdAt,
        Instant updatedAt) {

    public static ActorView summary(Actor actor) {
        return of(actor, null, null);
    }

    public static ActorView of(Actor actor, List<ActorRef> affiliationChain, List<ActorRef> members) {
        return new ActorView(actor.id, actor.slug, actor.name, actor.kind, List.copyOf(actor.aliases),
                ActorRef.of(actor.affiliation), actor.wikidataId, actor.description, new TreeMap<>(actor.externalIds), affiliationChain, members,
                actor.createdAt, actor.updatedAt);
    }
}
