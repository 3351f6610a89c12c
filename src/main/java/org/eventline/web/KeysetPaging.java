package org.eventline.web;

import java.net.URI;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Keyset pages: the page answer with its next cursor and the Link header to the next page, for every
 * list; the lists ordered by slug (actors, places, sources) by name.
 */
public final class KeysetPaging {

    private KeysetPaging() {
    }

    /** The slug to continue after, from the cursor parameter; null on the first page. */
    public static String afterSlug(QueryParameters parameters, String declaredCursor, QueryFingerprint query) {
        return new Cursor<>(CursorKey.SLUG, query).after(parameters, declaredCursor).orElse(null);
    }

    /** The page answer of a list ordered by slug, from up to limit + 1 fetched records. */
    public static <E, V> Response slugPage(UriInfo uri, List<E> fetched, int limit, Function<E, String> slugOf,
            Function<E, V> toView, QueryFingerprint query, Supplier<Long> total) {
        return page(uri, fetched, limit, new Cursor<>(CursorKey.SLUG, query), slugOf, toView, total);
    }

    /**
     * The page answer, from up to limit + 1 fetched records (one more than the page tells whether
     * another page follows); total null when not asked.
     */
    public static <E, K, V> Response page(UriInfo uri, List<E> fetched, int limit, Cursor<K> cursor, Function<E, K> keyOf,
            Function<E, V> toView, Supplier<Long> total) {
        boolean hasNext = fetched.size() > limit;
        List<E> items = hasNext ? fetched.subList(0, limit) : fetched;
        String next = hasNext ? cursor.encode(keyOf.apply(items.get(items.size() - 1))) : null;
        Page<V> page = new Page<>(items.stream().map(toView).toList(), next, total == null ? null : total.get());
        return withNextLink(Response.ok(page, MediaType.APPLICATION_JSON_TYPE), uri, next).build();
    }

    /** Adds the RFC 8288 Link header to the next page: this request with the cursor replaced. */
    public static Response.ResponseBuilder withNextLink(Response.ResponseBuilder response, UriInfo uri, String nextCursor) {
        if (nextCursor != null) {
            URI request = uri.getRequestUri();
            response.header("Link", "<" + request.getRawPath() + "?" + withCursor(request.getRawQuery(), nextCursor) + ">; rel=\"next\"");
        }
        return response;
    }

    /**
     * The raw query with its cursor replaced, the other parameters kept as the client sent them
     * rather than decoded and encoded again by a UriBuilder. A cursor is base64url: nothing in it
     * needs escaping.
     */
    static String withCursor(String rawQuery, String nextCursor) {
        StringJoiner query = new StringJoiner("&");
        if (rawQuery != null) {
            for (String parameter : rawQuery.split("&")) {
                if (!parameter.isEmpty() && !parameter.equals("cursor") && !parameter.startsWith("cursor=")) {
                    query.add(parameter);
                }
            }
        }
        return query.add("cursor=" + nextCursor).toString();
    }
}
