package org.eventline.history;

import java.util.List;
import java.util.UUID;

/**
 * What the change feed and the change stream keep of the revisions, matched against each revision's
 * stored document (so a retired event still matches as it last was); an empty list keeps every value.
 *
 * @param locations places whose events are kept, with every place inside them
 * @param types event type codes (a category is given as all its types)
 * @param datasets dataset slugs
 */
public record ChangeFilter(List<UUID> locations, List<String> types, List<String> datasets) {

    public static final ChangeFilter NONE = new ChangeFilter(List.of(), List.of(), List.of());

    public boolean isEmpty() {
        return locations.isEmpty() && types.isEmpty() && datasets.isEmpty();
    }
}
