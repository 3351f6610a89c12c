package org.eventline.reconcile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.actor.Actor;
import org.eventline.actor.ActorRepository;
import org.eventline.location.Location;
import org.eventline.location.LocationRepository;
import org.eventline.write.Matcher;

/** Makes the matchers of one write or import, each knowing every actor or place stored when it first matches. */
@ApplicationScoped
public class Reconciler {

    @Inject
    ActorRepository actors;
    @Inject
    LocationRepository locations;
    @Inject
    AliasRepository aliases;
    @Inject
    CandidateRepository candidates;

    public Matcher<Actor> actors() {
        return new ActorMatcher(actors::listAll, aliases, candidates);
    }

    public Matcher<Location> places() {
        return new PlaceMatcher(locations::listAll, aliases, candidates);
    }
}
