package org.eventline.write;

import java.util.ArrayList;
import java.util.List;

/**
 * The records a dataset or an import line declares (sources, actors, places): each one is checked,
 * and those whose slugs are neither declared before nor stored are new. New records are known to
 * the references at once (a later entry may name them), and stored only once the whole line or
 * document is found sound: a refused line leaves nothing behind.
 */
public final class DeclaredRecords<T> {

    private final RecordKind<T, ?, ?> kind;
    private final References<T> references;
    private final List<T> created = new ArrayList<>();
    private int unchanged;

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
                references.declare(slug, record);
                declared.created.add(record);
            }
        }
        return declared;
    }

    /** Stores the new records, in the order declared. */
    public RecordCounts store() {
        created.forEach(kind::persist);
        return new RecordCounts(created.size(), unchanged);
    }

    /** Forgets the new records: what they were declared for was refused, so later entries must not find them. */
    public void forget() {
        created.forEach(record -> references.forget(kind.slug(record)));
    }
}
