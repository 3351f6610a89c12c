package org.eventline.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eventline.location.Location;
import org.eventline.reconcile.MatchRules.PlaceFacts;
import org.eventline.reconcile.MatchRules.Verdict;
import org.eventline.write.AliasRepository;

/**
 * Reconciles the places of one write or import (MatchRules.places) against every place known to it.
 * A place that joins one with a shorter parent chain moves that one down into its own, deeper chain
 * (the article's Aleppo, in Aleppo Governorate, into UCDP's Jabal Saman district), so that either
 * load order gives one hierarchy.
 */
final class PlaceMatcher extends IndexedMatcher<Location> {

    PlaceMatcher(Supplier<List<Location>> stored, AliasRepository aliases, CandidateRepository candidates,
            Consumer<UUID> namesChanged) {
        super("location", stored, aliases, candidates, namesChanged);
    }

    @Override
    UUID id(Location location) {
        return location.id;
    }

    @Override
    Set<String> names(Location location) {
        return NameFold.placeNames(location.name, location.aliases);
    }

    @Override
    Map<String, String> externalIds(Location location) {
        return location.externalIds;
    }

    @Override
    Verdict verdict(Location incoming, Location known) {
        return MatchRules.places(facts(incoming), facts(known));
    }

    private PlaceFacts facts(Location location) {
        return new PlaceFacts(location.id, names(location), location.kind, ancestors(location), location.longitude,
                location.latitude, location.externalIds);
    }

    @Override
    public void join(String slug, UUID declaredId, Location incoming, Location joined) {
        aliases.add(AliasRepository.Kind.LOCATION, slug, declaredId, joined.id, "reconciled");
        joined.aliases = withNewNames(joined.aliases, names(joined), incoming.name, incoming.aliases, NameFold::place);
        incoming.externalIds.forEach(joined.externalIds::putIfAbsent);
        if (joined.description == null) {
            joined.description = incoming.description;
        }
        List<UUID> joinedChain = ancestors(joined);
        List<UUID> incomingChain = ancestors(incoming);
        if (incomingChain.size() > joinedChain.size() && incomingChain.containsAll(joinedChain)) {
            joined.parent = incoming.parent;
        }
        joinedWithNewNames(joined);
    }

    /** The ids of the places containing this one, nearest first, read from the records (new ones are not stored yet). */
    private static List<UUID> ancestors(Location location) {
        List<UUID> chain = new ArrayList<>();
        Set<UUID> seen = new HashSet<>(Set.of(location.id));
        for (Location up = location.parent; up != null && seen.add(up.id); up = up.parent) {
            chain.add(up.id);
        }
        return chain;
    }
}
