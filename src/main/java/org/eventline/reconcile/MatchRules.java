package org.eventline.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eventline.vocabulary.ActorKind;
import org.eventline.vocabulary.LocationKind;

/**
 * When a new place or actor is the same thing as a stored one (curators.md, "Reconciliation"):
 * first a shared external identifier; failing that, a shared folded name or alias (NameFold) with a
 * compatible kind and, for places, parent chains one inside the other and points within the kind's
 * distance. A shared name that fails another rule is a candidate for curators, never a join.
 */
public final class MatchRules {

    /** Names this short (folded) are acronyms, too ambiguous to join on alone. */
    static final int SHORT_NAME = 3;

    private MatchRules() {
    }

    /** What the rules say of a new record beside one stored record. */
    public enum Outcome { JOIN, CANDIDATE, NONE }

    /** The outcome, with the rules a candidate failed and the distance between the points, when both have one. */
    public record Verdict(Outcome outcome, List<String> reasons, Double distanceKm) {

        static final Verdict NONE = new Verdict(Outcome.NONE, List.of(), null);

        static Verdict of(List<String> failed, Double distanceKm) {
            return new Verdict(failed.isEmpty() ? Outcome.JOIN : Outcome.CANDIDATE, List.copyOf(failed), distanceKm);
        }
    }

    /** What the rules read of an actor. */
    public record ActorFacts(Set<String> names, ActorKind kind, Map<String, String> externalIds) {
    }

    /**
     * What the rules read of a place: its folded names, kind, the ids of the places containing it
     * (nearest first), its own id, and its point (null lon and lat for none).
     */
    public record PlaceFacts(UUID id, Set<String> names, LocationKind kind, List<UUID> ancestors, Double lon, Double lat,
            Map<String, String> externalIds) {
    }

    public static Verdict actors(ActorFacts incoming, ActorFacts stored) {
        Identifiers ids = Identifiers.compare(incoming.externalIds(), stored.externalIds());
        if (ids == Identifiers.SAME) {
            return Verdict.of(List.of(), null);
        }
        if (Collections.disjoint(incoming.names(), stored.names())) {
            return Verdict.NONE;
        }
        List<String> failed = new ArrayList<>();
        if (ids == Identifiers.DIFFERENT) {
            failed.add("external ids differ");
        }
        shortNamesOnly(incoming.names(), stored.names(), failed);
        if (!compatible(incoming.kind(), stored.kind())) {
            failed.add("kinds differ (" + incoming.kind().code() + ", " + stored.kind().code() + ")");
        }
        return Verdict.of(failed, null);
    }

    public static Verdict places(PlaceFacts incoming, PlaceFacts stored) {
        if (incoming.ancestors().contains(stored.id()) || stored.ancestors().contains(incoming.id())) {
            return Verdict.NONE; // a place and one containing it are never the same, whatever their names
        }
        Identifiers ids = Identifiers.compare(incoming.externalIds(), stored.externalIds());
        if (ids == Identifiers.SAME) {
            return Verdict.of(List.of(), distance(incoming, stored));
        }
        if (Collections.disjoint(incoming.names(), stored.names())) {
            return Verdict.NONE;
        }
        List<String> failed = new ArrayList<>();
        if (ids == Identifiers.DIFFERENT) {
            failed.add("external ids differ");
        }
        shortNamesOnly(incoming.names(), stored.names(), failed);
        if (!compatible(incoming.kind(), stored.kind())) {
            failed.add("kinds differ (" + incoming.kind().code() + ", " + stored.kind().code() + ")");
        }
        if (!nested(incoming.ancestors(), stored.ancestors())) {
            failed.add("parent chains differ");
        }
        Double km = distance(incoming, stored);
        double bound = Math.max(boundKm(incoming.kind()), boundKm(stored.kind()));
        if (km != null && km > bound) {
            failed.add(String.format(java.util.Locale.ROOT, "too far apart (%.1f km; %s allows %.0f km)", km,
                    broader(incoming.kind(), stored.kind()).code(), bound));
        }
        return Verdict.of(failed, km);
    }

    /**
     * A match that rests only on names of three characters or fewer ("IS", "UN", "KP") is doubtful: such
     * acronyms name different things in different sources.
     */
    static void shortNamesOnly(Set<String> one, Set<String> other, List<String> failed) {
        List<String> shared = one.stream().filter(other::contains).sorted().toList();
        if (shared.stream().allMatch(name -> name.length() <= SHORT_NAME)) {
            failed.add("only a short name in common ('" + String.join("', '", shared) + "')");
        }
    }

    /** Whether one chain of containing places lies within the other (the shorter one's places all in the longer). */
    static boolean nested(List<UUID> one, List<UUID> other) {
        return one.size() <= other.size() ? other.containsAll(one) : one.containsAll(other);
    }

    /** How far apart two points of one place may lie, by kind: a country's centroids differ, a building's hardly. */
    static double boundKm(LocationKind kind) {
        return switch (kind) {
            case COUNTRY -> 500;
            case GOVERNORATE -> 150;
            case DISTRICT, REGION -> 50;
            case CITY -> 20;
            case NEIGHBOURHOOD -> 5;
            case FACILITY -> 2;
        };
    }

    private static LocationKind broader(LocationKind one, LocationKind other) {
        return boundKm(one) >= boundKm(other) ? one : other;
    }

    /**
     * Kinds that may name one place: the same kind, or a region (what UCDP calls any named place that
     * is no settlement: an airport, a plain, a pocket) beside any kind but a country or a governorate.
     */
    static boolean compatible(LocationKind one, LocationKind other) {
        if (one == other) {
            return true;
        }
        boolean administrative = one == LocationKind.COUNTRY || one == LocationKind.GOVERNORATE
                || other == LocationKind.COUNTRY || other == LocationKind.GOVERNORATE;
        return !administrative && (one == LocationKind.REGION || other == LocationKind.REGION);
    }

    /** Kinds that may name one actor: the same, or an armed group beside a group (UCDP codes every non-state side armed). */
    static boolean compatible(ActorKind one, ActorKind other) {
        Set<ActorKind> groups = Set.of(ActorKind.ARMED_GROUP, ActorKind.GROUP);
        return one == other || (groups.contains(one) && groups.contains(other));
    }

    /** Great-circle distance in km; null when either has no point. */
    static Double distance(PlaceFacts one, PlaceFacts other) {
        if (one.lon() == null || other.lon() == null) {
            return null;
        }
        double lat1 = Math.toRadians(one.lat());
        double lat2 = Math.toRadians(other.lat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.lon() - one.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Two records' external ids: one scheme with one value (same), one scheme with two values (different), or none shared. */
    enum Identifiers {
        SAME, DIFFERENT, UNRELATED;

        static Identifiers compare(Map<String, String> one, Map<String, String> other) {
            Identifiers answer = UNRELATED;
            for (Map.Entry<String, String> id : one.entrySet()) {
                String theirs = other.get(id.getKey());
                if (theirs != null && theirs.equals(id.getValue())) {
                    return SAME;
                }
                if (theirs != null) {
                    answer = DIFFERENT;
                }
            }
            return answer;
        }
    }
}
