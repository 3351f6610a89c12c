package org.eventline.reconcile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.event.EventRepository;
import org.eventline.location.Location;
import org.eventline.location.LocationRepository;
import org.eventline.write.AliasRepository;
import org.eventline.write.Matcher;
import org.eventline.write.MatcherFactory;

/** Makes the place matcher of one write or import, knowing every place stored when it first matches. */
@ApplicationScoped
public class PlaceMatchers implements MatcherFactory<Location> {

    @Inject
    LocationRepository locations;
    @Inject
    AliasRepository aliases;
    @Inject
    CandidateRepository candidates;
    @Inject
    EventRepository events;

    @Override
    public Matcher<Location> newMatcher() {
        return new PlaceMatcher(locations::listAll, aliases, candidates, events::refreshSearchDocumentsNaming);
    }
}
