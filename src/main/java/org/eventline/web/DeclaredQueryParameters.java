package org.eventline.web;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters a resource method declares, with @RestQuery or @QueryParam on its own
 * parameters and on the fields of its @BeanParam classes: the names it takes, and which of them
 * may be repeated (those declared as a collection). Read once per method, by reflection.
 *
 * @param names every declared name
 * @param repeatable the names declared as a collection; every other name takes one value
 */
record DeclaredQueryParameters(Set<String> names, Set<String> repeatable) {

    private static final Map<Method, DeclaredQueryParameters> BY_METHOD = new ConcurrentHashMap<>();

    static DeclaredQueryParameters of(Method resourceMethod) {
        return BY_METHOD.computeIfAbsent(resourceMethod, DeclaredQueryParameters::read);
    }

    private static DeclaredQueryParameters read(Method method) {
        Set<String> names = new HashSet<>();
        Set<String> repeatable = new HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(field, field.getName(), field.getType(), names, repeatable);
                    }
                }
            } else {
                add(parameter, parameter.getName(), parameter.getType(), names, repeatable);
            }
        }
        return new DeclaredQueryParameters(Set.copyOf(names), Set.copyOf(repeatable));
    }

    private static void add(AnnotatedElement element, String javaName, Class<?> type, Set<String> names, Set<String> repeatable) {
        String name = name(element, javaName);
        if (name != null) {
            names.add(name);
            if (Collection.class.isAssignableFrom(type)) {
                repeatable.add(name);
            }
        }
    }

    /** The query name an element declares; null when it is not a query parameter. */
    private static String name(AnnotatedElement element, String javaName) {
        RestQuery restQuery = element.getAnnotation(RestQuery.class);
        if (restQuery != null) {
            return restQuery.value().isEmpty() ? javaName : restQuery.value();
        }
        QueryParam queryParam = element.getAnnotation(QueryParam.class);
        return queryParam == null ? null : queryParam.value();
    }
}
