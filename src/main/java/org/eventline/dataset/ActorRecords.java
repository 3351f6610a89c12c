package org.eventline.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.actor.Actor;
import org.eventline.actor.ActorRef;
import org.eventline.actor.ActorRepository;
import org.eventline.actor.ActorView;
import org.eventline.dataset.DatasetDocument.ActorEntry;

/** Actors as curators write them; an affiliation may not lead back to the actor. */
@ApplicationScoped
class ActorRecords implements RecordKind<Actor, ActorEntry> {

    @Inject
    ActorRepository repository;
    @Inject
    DatasetImporter records;

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
                actor.affiliation == null ? null : actor.affiliation.slug, actor.wikidataId, actor.description);
    }

    @Override
    public Actor build(ActorEntry entry, Problems problems) {
        return records.newActor(entry, "", records.newReferences().actors(), problems);
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
    public Object view(Actor actor) {
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
