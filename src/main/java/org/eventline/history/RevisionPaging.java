package org.eventline.history;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eventline.web.Cursor;
import org.eventline.web.InvalidInputException;
import org.eventline.web.KeysetPaging;
import org.eventline.web.Page;
import org.eventline.web.QueryParameters;

/** Pages of revisions in revision order, whose cursor remembers the last revision served. */
final class RevisionPaging {

    private static final String SORT = "revision";

    private RevisionPaging() {
    }

    /** The revision to continue after, from the cursor parameter; 0 on the first page. */
    static long afterRevision(QueryParameters parameters, String queryFingerprint) {
        return parameters.single("cursor").map(value -> {
            try {
                return Long.parseLong(Cursor.decode(value, SORT, queryFingerprint, 1).lastKey().get(0));
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> parameters.error("cursor", error.message()));
                return 0L;
            } catch (NumberFormatException e) {
                parameters.error("cursor", "not a cursor this API issued; use the next_cursor value of the previous page as it is");
                return 0L;
            }
        }).orElse(0L);
    }

    /** The page answer, from up to limit + 1 fetched revisions. */
    static Response page(UriInfo uri, List<Revision> fetched, int limit, String queryFingerprint) {
        boolean hasNext = fetched.size() > limit;
        List<Revision> items = hasNext ? fetched.subList(0, limit) : fetched;
        String next = hasNext ? cursorAfter(items.get(items.size() - 1).revision(), queryFingerprint) : null;
        Page<RevisionView> page = new Page<>(items.stream().map(RevisionView::of).toList(), next, null);
        return KeysetPaging.withNextLink(Response.ok(page, MediaType.APPLICATION_JSON_TYPE), uri, next).build();
    }

    static String cursorAfter(long revision, String queryFingerprint) {
        return new Cursor(SORT, queryFingerprint, List.of(Long.toString(revision))).encode();
    }
}
