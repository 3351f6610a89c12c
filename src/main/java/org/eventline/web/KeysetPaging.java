package org.eventline.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Keyset paging helpers: the Link header to the next page, and paging of the lists ordered by
 * slug (actors, places, sources), whose cursor remembers the last slug served.
 */
public final class KeysetPaging {

    private static final String SORT = "slug";

    private KeysetPaging() {
    }

    /** The slug to continue after, from the cursor parameter; null on the first page. */
    public static String afterSlug(QueryParameters parameters, String queryFingerprint) {
        return parameters.single("cursor").map(value -> {
            try {
                return Cursor.decode(value, SORT, queryFingerprint, 1).lastKey().get(0);
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> parameters.error("cursor", error.message()));
                return null;
            }
        }).orElse(null);
    }

    /**
     * The page answer, from up to limit + 1 fetched records (one more than the page tells whether
     * another page follows).
     */
    public static <E, V> Response slugPage(UriInfo uri, List<E> fetched, int limit, Function<E, String> slugOf,
            Function<E, V> toView, String queryFingerprint, Supplier<Long> total) {
        boolean hasNext = fetched.size() > limit;
        List<E> items = hasNext ? fetched.subList(0, limit) : fetched;
        String next = hasNext
                ? new Cursor(SORT, queryFingerprint, List.of(slugOf.apply(items.get(items.size() - 1)))).encode()
                : null;
        Page<V> page = new Page<>(items.stream().map(toView).toList(), next, total == null ? null : total.get());
        return withNextLink(Response.ok(page, MediaType.APPLICATION_JSON_TYPE), uri, next).build();
    }

    /** Adds the RFC 8288 Link header to the next page: this request with the cursor replaced. */
    public static Response.ResponseBuilder withNextLink(Response.ResponseBuilder response, UriInfo uri, String nextCursor) {
        if (nextCursor != null) {
            var next = uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build();
            response.header("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
        return response;
    }
}
