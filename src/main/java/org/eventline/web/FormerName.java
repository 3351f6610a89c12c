package org.eventline.web;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A record asked for by a slug or id it no longer has (it joined another record, or was merged into
 * it): the answer is a permanent redirect to the record's own URL, so that links and bookmarks keep
 * working and clients learn the new address.
 */
public final class FormerName {

    private FormerName() {
    }

    /** 301 to the record under the collection path when the path named it by a former slug or id; empty otherwise. */
    public static Optional<Response> redirect(UriInfo uri, String collectionPath, String asked, UUID id, String slug) {
        if (asked.equals(slug) || asked.equalsIgnoreCase(id.toString())) {
            return Optional.empty();
        }
        URI location = uri.getBaseUriBuilder().path(collectionPath).path(slug).build();
        return Optional.of(Response.status(Response.Status.MOVED_PERMANENTLY).location(location).build());
    }
}
