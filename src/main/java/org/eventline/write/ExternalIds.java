package org.eventline.write;

import java.util.LinkedHashMap;
import java.util.Map;

/** Other registries' identifiers of a record, by scheme ("ucdp_actor", "geonames", "wikidata"): the rule for writing them. */
public final class ExternalIds {

    private static final String SCHEME = "[a-z][a-z0-9_]*";

    private ExternalIds() {
    }

    /** Whether every scheme is a lowercase word and every value is given; records problems at the path when not. */
    public static boolean check(Map<String, String> ids, String path, Problems problems) {
        boolean valid = true;
        if (ids != null) {
            for (Map.Entry<String, String> id : ids.entrySet()) {
                if (!id.getKey().matches(SCHEME)) {
                    problems.add(path, "'" + id.getKey() + "' is no scheme: lowercase letters, digits and underscores, like 'geonames'");
                    valid = false;
                } else if (id.getValue() == null || id.getValue().isBlank()) {
                    problems.add(Problems.field(path, id.getKey()), "is required");
                    valid = false;
                }
            }
        }
        return valid;
    }

    /** A copy to keep on a record (none: empty). */
    public static Map<String, String> copy(Map<String, String> ids) {
        return ids == null ? new LinkedHashMap<>() : new LinkedHashMap<>(ids);
    }
}
