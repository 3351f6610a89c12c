package org.eventline.taxonomy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The event types with their categories, read once per run: they change only with a migration, and
 * a type filter or a count grouped by type would otherwise cost a query on every request.
 */
@ApplicationScoped
public class EventTaxonomy {

    /** One type and its category, as filters and group labels need them. */
    public record TypeEntry(String code, String label, String categoryCode, String categoryLabel) {
    }

    @Inject
    EventTypeRepository repository;

    private volatile List<TypeEntry> types;

    /** Every type, in the taxonomy's order. */
    public List<TypeEntry> types() {
        List<TypeEntry> loaded = types;
        if (loaded == null) {
            loaded = repository.listInOrder().stream()
                    .map(type -> new TypeEntry(type.code, type.label, type.category.code, type.category.label))
                    .toList();
            types = loaded;
        }
        return loaded;
    }
}
