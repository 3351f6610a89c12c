package org.eventline.write;

import java.util.List;

/**
 * The records a dataset or an import line declares (sources, actors, places): each one whose slug
 * is neither declared before nor stored is checked and created; the others are left as they are.
 */
public final class DeclaredRecords {

    private DeclaredRecords() {
    }

    /**
     * Creates each entry whose slug is new, problems named under the field (actors[2].name);
     * entries come in order, parents before children.
     */
    public static <T, E, V> RecordCounts createNew(String field, List<E> entries, RecordKind<T, E, V> kind,
            References<T> references, Problems problems) {
        int created = 0;
        int unchanged = 0;
        List<E> list = Entries.orEmpty(entries);
        for (int i = 0; i < list.size(); i++) {
            String path = field + "[" + i + "]";
            E entry = list.get(i);
            String slug = kind.entrySlug(entry);
            if (!Slugs.check(slug, Problems.field(path, "slug"), problems)) {
                continue;
            }
            if (references.find(slug).isPresent()) {
                unchanged++;
                continue;
            }
            T record = kind.build(entry, path, references, problems);
            if (record != null) {
                kind.persist(record);
                references.declare(slug, record);
                created++;
            }
        }
        return new RecordCounts(created, unchanged);
    }
}
