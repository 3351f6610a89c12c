package org.eventline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.eventline.event.EventResource;
import org.eventline.stats.StatsResource;

/** The names a resource method takes are read from its declarations, @BeanParam classes (and their superclasses) included. */
class DeclaredQueryParametersTest {

    private static final Set<String> FILTERS = Set.of("from", "to", "date_match", "type", "actor", "actor_role", "location",
            "bbox", "q", "status", "dataset", "updated_since", "aggregate", "code");

    @Test
    void readsTheFiltersOfABeanParamAndTheMethodsOwnParameters() {
        DeclaredQueryParameters declared = DeclaredQueryParameters.of(method(StatsResource.class, "timelineStats"));

        assertEquals(union(FILTERS, Set.of("interval", "group_by")), declared.names());
        assertEquals(Set.of("type", "actor", "location", "status", "dataset", "code"), declared.repeatable());
    }

    @Test
    void readsTheFieldsOfABeanParamsSuperclass() {
        DeclaredQueryParameters declared = DeclaredQueryParameters.of(method(EventResource.class, "listEvents"));

        assertEquals(union(FILTERS, Set.of("sort", "measure", "figure_min", "figure_max", "limit", "cursor", "count", "format")), declared.names());
    }

    @Test
    void findsNoneWhereNoneIsDeclared() {
        assertEquals(Set.of(), DeclaredQueryParameters.of(method(EventResource.class, "getEvent")).names());
    }

    private static Method method(Class<?> resource, String name) {
        return Arrays.stream(resource.getMethods()).filter(method -> method.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Set.copyOf(java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
    }
}
