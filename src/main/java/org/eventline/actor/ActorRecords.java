package org.eventline.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.write.Entries;
import org.eventline.write.EntryConstraints;
import org.eventline.write.ExternalIds;
import org.eventline.write.MatcherFactory;
import org.eventline.write.Problems;
import org.eventline.write.RecordKind;
import org.eventline.write.References;

/** Actors as curators and importers write them; an affiliation may not lead back to the actor. */
@ApplicationScoped
public class ActorRecords implements RecordKind<Actor, ActorEntry, ActorView> {

    @Inject
    ActorRepository repository;
    @Inject
    EntryConstraints constraints;
    @Inject
    MatcherFactory<Actor> matchers;

    @Override
    public String noun() {
        return "actor";
    }

    @Override
    public Class<ActorEntry> entryType() {
        return ActorEntry.class;
    }

    @Override
    public Optional<Actor> find(String idOrSlug) {
        return repository.findByIdOrSlug(idOrSlug);
    }

    @Override
    public References<Actor> newReferences() {
        return new References<>("actor", repository::findBySlug, matchers.newMatcher());
    }

    @Override
    public UUID entryId(ActorEntry entry) {
        return entry.id();
    }

    @Override
    public UUID id(Actor actor) {
        return actor.id;
    }

    @Override
    public String slug(Actor actor) {
        return actor.slug;
    }

    @Override
    public String entrySlug(ActorEntry entry) {
        return entry.slug();
    }

    @Override
    public ActorEntry entry(Actor actor) {
        return new ActorEntry(actor.id, actor.slug, actor.name, actor.kind, actor.aliases,
                actor.affiliation == null ? null : actor.affiliation.slug, actor.wikidataId, actor.description,
                actor.externalIds);
    }

    @Override
    public Actor build(ActorEntry entry, String path, References<Actor> actors, Problems problems) {
        constraints.check(entry, path, problems);
        boolean complete = problems.require(entry.name(), Problems.field(path, "name")) & problems.require(entry.kind(), Problems.field(path, "kind"));
        if (entry.wikidataId() != null && !entry.wikidataId().matches("Q[0-9]+")) {
            problems.add(Problems.field(path, "wikidata_id"), "must look like Q159");
            complete = false;
        }
        complete &= ExternalIds.check(entry.externalIds(), Problems.field(path, "external_ids"), problems);
        Actor affiliation = entry.affiliation() == null ? null
                : actors.resolve(entry.affiliation(), Problems.field(path, "affiliation"), problems);
        if (!complete || (entry.affiliation() != null && affiliation == null)) {
            return null;
        }
        Actor actor = new Actor();
        actor.id = Entries.idOrNew(entry.id());
        actor.slug = entry.slug();
        actor.name = entry.name();
        actor.kind = entry.kind();
        actor.aliases = new ArrayList<>(Entries.orEmpty(entry.aliases()));
        actor.affiliation = affiliation;
        actor.wikidataId = entry.wikidataId();
        actor.description = entry.description();
        actor.externalIds = ExternalIds.copy(entry.externalIds());
        return actor;
    }

    @Override
    public void copy(Actor from, Actor to, Problems problems) {
        if (from.affiliation != null && (from.affiliation.id.equals(to.id)
                || repository.affiliationChain(from.affiliation).stream().anyMatch(up -> up.id.equals(to.id)))) {
            problems.add("affiliation", "'" + from.affiliation.slug + "' belongs to '" + to.slug
                    + "' already: the affiliation would go round in a circle");
            return;
        }
        to.name = from.name;
        to.kind = from.kind;
        to.aliases = new ArrayList<>(from.aliases);
        to.affiliation = from.affiliation;
        to.wikidataId = from.wikidataId;
        to.description = from.description;
        to.externalIds = ExternalIds.copy(from.externalIds);
    }

    @Override
    public String mergeRefusal(Actor actor, Actor into) {
        return repository.affiliationChain(into).stream().anyMatch(up -> up.id.equals(actor.id))
                ? "'" + into.slug + "' belongs to '" + actor.slug + "': merge the member into the actor it belongs to, not the reverse"
                : null;
    }

    @Override
    public void merge(Actor actor, Actor into) {
        List<String> names = new ArrayList<>(into.aliases);
        for (String name : Stream.concat(Stream.of(actor.name), actor.aliases.stream()).toList()) {
            if (!name.equals(into.name) && !names.contains(name)) {
                names.add(name);
            }
        }
        into.aliases = names;
        actor.externalIds.forEach(into.externalIds::putIfAbsent);
        if (into.wikidataId == null) {
            into.wikidataId = actor.wikidataId;
        }
        repository.mergeInto(actor.id, into.id);
    }

    @Override
    public void persist(Actor actor) {
        repository.persist(actor);
    }

    @Override
    public void delete(Actor actor) {
        repository.delete(actor);
    }

    @Override
    public ActorView view(Actor actor) {
        return ActorView.of(actor, repository.affiliationChain(actor).stream().map(ActorRef::of).toList(),
                repository.members(actor).stream().map(ActorRef::of).toList());
    }

    @Override
    public List<UUID> eventsShowing(Actor actor) {
        return repository.findEventsShowing(actor.id);
    }

    @Override
    public List<String> references(Actor actor) {
        return repository.findReferences(actor.id);
    }
}
