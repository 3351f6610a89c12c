package org.eventline.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import io.vertx.ext.web.Router;

/**
 * The methods and formats each path of the API serves, read once from the resources' JAX-RS
 * declarations: the Allow header of OPTIONS and of every 405, and the formats a 406 names.
 */
@ApplicationScoped
public class DeclaredRoutes {

    /** Before the resources (Quarkus REST's route), whose own OPTIONS lists every method. */
    private static final int BEFORE_RESOURCES = 1000;
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    /** One resource method: its path template, HTTP method and the media types it produces. */
    private record Declared(Pattern path, int literalLength, String method, List<String> produces, Method javaMethod) {
    }

    private final List<Declared> declared = new ArrayList<>();

    @Inject
    BeanManager beans;

    void install(@Observes Router router) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path classPath = bean.getBeanClass().getAnnotation(Path.class);
            if (classPath != null) {
                read(bean.getBeanClass(), classPath.value());
            }
        }
        router.route().order(BEFORE_RESOURCES).handler(context -> {
            Set<String> allowed = context.request().method() == io.vertx.core.http.HttpMethod.OPTIONS
                    ? allowed(context.request().path()) : Set.of();
            if (allowed.isEmpty()) {
                context.next();
            } else {
                context.response().setStatusCode(204).putHeader("Allow", String.join(", ", allowed)).end();
            }
        });
    }

    /** The methods the path serves (HEAD with GET, and OPTIONS), in a stable order; empty for a path the API does not serve. */
    public Set<String> allowed(String path) {
        Set<String> methods = new TreeSet<>();
        for (Declared route : matching(path)) {
            methods.add(route.method());
            if (route.method().equals("GET")) {
                methods.add("HEAD");
            }
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods;
    }

    /** The media types the path answers to this method with, error formats left out. */
    public Set<String> produces(String path, String method) {
        Set<String> types = new LinkedHashSet<>();
        for (Declared route : matching(path)) {
            if (route.method().equals(method) || (method.equals("HEAD") && route.method().equals("GET"))) {
                route.produces().stream().filter(type -> !type.equals(Problem.MEDIA_TYPE)).forEach(types::add);
            }
        }
        return types;
    }

    /** Whether the path's method takes a format parameter, the alternative to Accept. */
    public boolean takesFormat(String path, String method) {
        return matching(path).stream().filter(route -> route.method().equals(method))
                .anyMatch(route -> DeclaredQueryParameters.of(route.javaMethod()).names().contains("format"));
    }

    /** The routes of the most specific templates the path matches, as JAX-RS picks the one with most literal characters. */
    private List<Declared> matching(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        List<Declared> matches = declared.stream().filter(route -> route.path().matcher(trimmed).matches()).toList();
        int best = matches.stream().mapToInt(Declared::literalLength).max().orElse(0);
        return matches.stream().filter(route -> route.literalLength() == best).toList();
    }

    private void read(Class<?> resource, String classPath) {
        Produces classProduces = resource.getAnnotation(Produces.class);
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String template = join(classPath, methodPath == null ? "" : methodPath.value());
            Produces produces = method.getAnnotation(Produces.class) != null ? method.getAnnotation(Produces.class) : classProduces;
            declared.add(new Declared(pattern(template), TEMPLATE.matcher(template).replaceAll("").length(), httpMethod,
                    produces == null ? List.of() : List.of(produces.value()), method));
        }
        declared.sort(Comparator.comparing(route -> route.path().pattern()));
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = TEMPLATE.matcher(template);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(last, variable.start())));
            regex.append('(').append(variable.group(2) == null ? "[^/]+" : variable.group(2).trim()).append(')');
            last = variable.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(template.substring(last))).toString());
    }
}
