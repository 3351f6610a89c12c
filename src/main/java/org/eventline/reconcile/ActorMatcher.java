package org.eventline.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eventline.actor.Actor;
import org.eventline.reconcile.MatchRules.ActorFacts;
import org.eventline.reconcile.MatchRules.Verdict;
import org.eventline.write.AliasRepository;

/** Reconciles the actors of one write or import (MatchRules.actors) against every actor known to it. */
final class ActorMatcher extends IndexedMatcher<Actor> {

    ActorMatcher(Supplier<List<Actor>> stored, AliasRepository aliases, CandidateRepository candidates,
            Consumer<UUID> namesChanged) {
        super("actor", stored, aliases, candidates, namesChanged);
    }

    @Override
    UUID id(Actor actor) {
        return actor.id;
    }

    @Override
    Set<String> names(Actor actor) {
        return NameFold.actorNames(actor.name, actor.aliases);
    }

    /** An actor's Wikidata item counts as one of its external ids. */
    @Override
    Map<String, String> externalIds(Actor actor) {
        Map<String, String> ids = new HashMap<>(actor.externalIds);
        if (actor.wikidataId != null) {
            ids.putIfAbsent("wikidata", actor.wikidataId);
        }
        return ids;
    }

    @Override
    Verdict verdict(Actor incoming, Actor known) {
        return MatchRules.actors(facts(incoming), facts(known));
    }

    private ActorFacts facts(Actor actor) {
        return new ActorFacts(names(actor), actor.kind, externalIds(actor));
    }

    @Override
    public void join(String slug, UUID declaredId, Actor incoming, Actor joined) {
        aliases.add(AliasRepository.Kind.ACTOR, slug, declaredId, joined.id, "reconciled");
        joined.aliases = withNewNames(joined.aliases, names(joined), incoming.name, incoming.aliases, NameFold::name);
        incoming.externalIds.forEach(joined.externalIds::putIfAbsent);
        if (joined.wikidataId == null) {
            joined.wikidataId = incoming.wikidataId;
        }
        if (joined.description == null) {
            joined.description = incoming.description;
        }
        if (joined.affiliation == null && incoming.affiliation != null && !leadsTo(incoming.affiliation, joined)) {
            joined.affiliation = incoming.affiliation;
        }
        joinedWithNewNames(joined);
    }

    /** Whether the affiliation chain from this actor reaches the target (adopting it would make a circle). */
    private static boolean leadsTo(Actor from, Actor target) {
        int steps = 0;
        for (Actor up = from; up != null && steps < 100; up = up.affiliation, steps++) {
            if (up.id.equals(target.id)) {
                return true;
            }
        }
        return false;
    }
}
