package org.eventline.stats;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.actor.ActorRepository;
import org.eventline.location.LocationRepository;
import org.eventline.stats.TimelineRepository.Count;
import org.eventline.taxonomy.EventTaxonomy;

/** Human keys and labels for timeline groups: codes for types and categories, slugs and names for actors and places. */
@ApplicationScoped
class GroupLabels {

    /** The key of the group of what has no such place or actor. */
    static final String NONE = "none";

    @Inject
    EventTaxonomy eventTypes;
    @Inject
    ActorRepository actors;
    @Inject
    LocationRepository locations;

    /** The public key and label of a group. */
    record Name(String key, String label) {
    }

    /** Maps each raw group key (a code or an id) to its name, loading names in one query per kind. */
    Map<String, Name> labelsFor(TimelineGrouping grouping, Collection<List<Count>> counts) {
        List<String> keys = counts.stream().flatMap(List::stream).map(Count::key).filter(Objects::nonNull).distinct().toList();
        return switch (grouping) {
            case TYPE -> eventTypes.types().stream().collect(Collectors.toMap(t -> t.code(), t -> new Name(t.code(), t.label())));
            case CATEGORY -> eventTypes.types().stream().map(t -> new Name(t.categoryCode(), t.categoryLabel())).distinct()
                    .collect(Collectors.toMap(Name::key, name -> name));
            case ACTOR -> actorNames(keys);
            case LOCATION -> placeNames(keys);
        };
    }

    /** Actors' slugs and names by id (as text), in one query. */
    Map<String, Name> actorNames(Collection<String> ids) {
        return actors.find("id in ?1", ids(ids)).stream()
                .collect(Collectors.toMap(a -> a.id.toString(), a -> new Name(a.slug, a.name)));
    }

    /** Places' slugs and names by id (as text), in one query. */
    Map<String, Name> placeNames(Collection<String> ids) {
        return locations.find("id in ?1", ids(ids)).stream()
                .collect(Collectors.toMap(l -> l.id.toString(), l -> new Name(l.slug, l.name)));
    }

    static TimelineView.Group group(Count count, Map<String, Name> names) {
        if (count.key() == null) {
            return new TimelineView.Group(NONE, "No primary place", count.count());
        }
        Name name = names.getOrDefault(count.key(), new Name(count.key(), count.key()));
        return new TimelineView.Group(name.key(), name.label(), count.count());
    }

    private static List<UUID> ids(Collection<String> keys) {
        return keys.stream().map(UUID::fromString).collect(Collectors.toList());
    }

}
