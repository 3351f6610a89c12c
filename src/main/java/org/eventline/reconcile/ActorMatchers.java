package org.eventline.reconcile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.actor.Actor;
import org.eventline.actor.ActorRepository;
import org.eventline.event.EventRepository;
import org.eventline.write.AliasRepository;
import org.eventline.write.Matcher;
import org.eventline.write.MatcherFactory;

/** Makes the actor matcher of one write or import, knowing every actor stored when it first matches. */
@ApplicationScoped
public class ActorMatchers implements MatcherFactory<Actor> {

    @Inject
    ActorRepository actors;
    @Inject
    AliasRepository aliases;
    @Inject
    CandidateRepository candidates;
    @Inject
    EventRepository events;

    @Override
    public Matcher<Actor> newMatcher() {
        return new ActorMatcher(actors::listAll, aliases, candidates, events::refreshSearchDocumentsNaming);
    }
}
