package org.eventline.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eventline.write.Problems;

/**
 * The dataset each entry of one write joins: the one it names by slug, else the write's own (the
 * import's, the seed document's, the curators' for a single write). Looked up once per slug per write.
 */
public final class DatasetReferences {

    private final DatasetRepository repository;
    private final Dataset fallback;
    private final Map<String, Optional<Dataset>> bySlug = new HashMap<>();

    public DatasetReferences(DatasetRepository repository, Dataset fallback) {
        this.repository = repository;
        this.fallback = fallback;
    }

    /** The dataset the slug names, the write's own when it is null; an unknown slug is a problem at the path. */
    public Dataset resolve(String slug, String path, Problems problems) {
        if (slug == null) {
            return fallback;
        }
        Optional<Dataset> found = bySlug.computeIfAbsent(slug, repository::findBySlug);
        if (found.isEmpty()) {
            problems.addUnknownReference(path, "no dataset with slug '" + slug + "'; see GET /api/v1/datasets");
        }
        return found.orElse(null);
    }

    /** The write's own dataset. */
    public Dataset fallback() {
        return fallback;
    }
}
