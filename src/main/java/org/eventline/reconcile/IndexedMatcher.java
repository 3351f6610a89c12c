package org.eventline.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.eventline.reconcile.MatchRules.Outcome;
import org.eventline.reconcile.MatchRules.Verdict;
import org.eventline.write.AliasRepository;
import org.eventline.write.Matcher;

/**
 * What the actor and place matchers share: every record of the kind known to one write or import,
 * by folded name and by external id (read from the database once, at the first match, then kept up
 * to date as records are stored or joined), and the rules applied to those that share one.
 */
abstract class IndexedMatcher<T> implements Matcher<T> {

    private final String kind;
    private final Supplier<List<T>> stored;
    final AliasRepository aliases;
    private final CandidateRepository candidates;
    /** Told the id of a record that gained names: the full-text documents of its events hold its names. */
    private final Consumer<UUID> namesChanged;
    private final Map<String, List<T>> byName = new HashMap<>();
    private final Map<String, T> byExternalId = new HashMap<>();
    private boolean loaded;

    IndexedMatcher(String kind, Supplier<List<T>> stored, AliasRepository aliases, CandidateRepository candidates,
            Consumer<UUID> namesChanged) {
        this.kind = kind;
        this.stored = stored;
        this.aliases = aliases;
        this.candidates = candidates;
        this.namesChanged = namesChanged;
    }

    abstract UUID id(T record);

    abstract Set<String> names(T record);

    abstract Map<String, String> externalIds(T record);

    /** The rules on a new record beside a known one. */
    abstract Verdict verdict(T incoming, T known);

    /** A record that a new one joined, with the new one's names: indexed under them, its events' search documents rebuilt. */
    void joinedWithNewNames(T joined) {
        index(joined);
        namesChanged.accept(id(joined));
    }

    @Override
    public Match<T> match(T record) {
        if (!loaded) {
            loaded = true;
            stored.get().forEach(this::index);
        }
        Set<T> resembling = Collections.newSetFromMap(new IdentityHashMap<>());
        names(record).forEach(name -> resembling.addAll(byName.getOrDefault(name, List.of())));
        externalIds(record).forEach((scheme, value) -> {
            T known = byExternalId.get(scheme + "\0" + value);
            if (known != null) {
                resembling.add(known);
            }
        });
        List<Candidate<T>> joins = new ArrayList<>();
        List<Candidate<T>> doubtful = new ArrayList<>();
        for (T known : resembling) {
            Verdict verdict = verdict(record, known);
            if (verdict.outcome() == Outcome.JOIN) {
                joins.add(new Candidate<>(known, List.of(), verdict.distanceKm()));
            } else if (verdict.outcome() == Outcome.CANDIDATE) {
                doubtful.add(new Candidate<>(known, verdict.reasons(), verdict.distanceKm()));
            }
        }
        if (joins.size() == 1) {
            T joined = joins.get(0).match();
            boolean byId = externalIds(record).entrySet().stream()
                    .anyMatch(id -> id.getValue().equals(externalIds(joined).get(id.getKey())));
            return new Match<>(joined, byId ? "same external id" : "same name, compatible kind"
                    + (kind.equals("location") ? ", parent chain and place" : ""), List.of());
        }
        // two or more records meet every rule: none is joined, each is a candidate
        joins.forEach(join -> doubtful.add(new Candidate<>(join.match(),
                List.of("meets every rule, as do " + (joins.size() - 1) + " other " + kind + "s"), join.distanceKm())));
        return new Match<>(null, null, doubtful);
    }

    @Override
    public void stored(T record, List<Candidate<T>> found) {
        index(record);
        if (found != null) {
            found.forEach(candidate -> candidates.add(kind, id(record), id(candidate.match()), candidate.reasons(),
                    candidate.distanceKm()));
        }
    }

    /** The joined record's aliases and the newcomer's names it lacks, compared folded (known: its folded names). */
    static List<String> withNewNames(List<String> aliases, Set<String> known, String name, List<String> incoming,
            UnaryOperator<String> fold) {
        List<String> more = new ArrayList<>(aliases);
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(incoming);
        for (String each : names) {
            String folded = fold.apply(each);
            if (folded != null && known.add(folded)) {
                more.add(each);
            }
        }
        return more;
    }

    void index(T record) {
        names(record).forEach(name -> {
            List<T> named = byName.computeIfAbsent(name, key -> new ArrayList<>());
            if (named.stream().noneMatch(known -> known == record)) {
                named.add(record);
            }
        });
        externalIds(record).forEach((scheme, value) -> byExternalId.putIfAbsent(scheme + "\0" + value, record));
    }
}
