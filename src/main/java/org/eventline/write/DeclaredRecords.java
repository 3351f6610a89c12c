package org.eventline.write;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The records a dataset or an import line declares (sources, actors, places): each one is checked,
 * and those whose slugs are neither declared before nor stored are new, unless they are the same
 * thing as a record already known (the references' {@link Matcher}): then the slug names that record
 * from now on. New records are known to the references at once (a later entry may name them), and
 * stored only once the whole line or document is found sound: a refused line leaves nothing behind.
 */
public final class DeclaredRecords<T> {

    private final RecordKind<T, ?, ?> kind;
    private final References<T> references;
    private final List<T> created = new ArrayList<>();
    private final Map<T, List<Matcher.Candidate<T>>> candidates = new IdentityHashMap<>();
    private final List<Joined<T>> joined = new ArrayList<>();
    private int unchanged;

    /** A declared record that is the same thing as a known one: its slug (and declared id) will name that one. */
    private record Joined<T>(String slug, UUID declaredId, T incoming, T record) {
    }

    private DeclaredRecords(RecordKind<T, ?, ?> kind, References<T> references) {
        this.kind = kind;
        this.references = references;
    }

    /**
     * Checks every entry, problems named under the field (actors[2].name), and declares each whose
     * slug is new; entries come in order, parents before children.
     */
    public static <T, E, V> DeclaredRecords<T> check(String field, List<E> entries, RecordKind<T, E, V> kind,
            References<T> references, Problems problems) {
        DeclaredRecords<T> declared = new DeclaredRecords<>(kind, references);
        List<E> list = Entries.orEmpty(entries);
        for (int i = 0; i < list.size(); i++) {
            String path = field + "[" + i + "]";
            E entry = list.get(i);
            String slug = kind.entrySlug(entry);
            if (!Slugs.check(slug, Problems.field(path, "slug"), problems)) {
                continue;
            }
            // an entry naming a stored record is checked like a new one, then left out: a latitude of 999
            // is refused whether or not its place exists
            T record = kind.build(entry, path, references, problems);
            if (references.find(slug).isPresent()) {
                declared.unchanged++;
            } else if (record != null) {
                Matcher.Match<T> match = references.matcher().match(record);
                if (match.join() != null) {
                    references.declare(slug, match.join());
                    declared.joined.add(new Joined<>(slug, kind.entryId(entry), record, match.join()));
                    declared.unchanged++;
                } else {
                    references.declare(slug, record);
                    declared.created.add(record);
                    declared.candidates.put(record, match.candidates());
                }
            }
        }
        return declared;
    }

    /** Stores the new records, in the order declared. */
    public RecordCounts store() {
        created.forEach(kind::persist);
        created.forEach(record -> references.matcher().stored(record, candidates.get(record)));
        joined.forEach(join -> references.matcher().join(join.slug(), join.declaredId(), join.incoming(), join.record()));
        return new RecordCounts(created.size(), unchanged);
    }

    /** Forgets the new records: what they were declared for was refused, so later entries must not find them. */
    public void forget() {
        created.forEach(record -> references.forget(kind.slug(record)));
        joined.forEach(join -> references.forget(join.slug()));
    }
}
