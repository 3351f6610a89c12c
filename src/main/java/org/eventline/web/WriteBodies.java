package org.eventline.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a write body before anything reads it: one not labelled as a type the operation declares,
 * in UTF-8 (415), and a curated JSON body over {@link #MAX_JSON_BYTES} (413) or of no declared
 * length (411). Imports are not limited here: they stream their lines, whatever the file's size.
 */
public class WriteBodies {

    /**
     * The largest curated JSON write (an event, actor, place or source): real events are a few kB,
     * the longest test write (a 1.25 MB summary) fits. Reading more was the cost of a refusal:
     * 6 MB of claims took 4.5 s to answer 400, because the whole body was bound before any list
     * size was checked.
     */
    public static final long MAX_JSON_BYTES = 2L * 1024 * 1024;

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Consumes consumes = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null) {
            return;
        }
        List<MediaType> declared = Arrays.stream(consumes.value()).map(MediaType::valueOf).toList();
        MediaType sent = request.getMediaType();
        if (sent == null || sent.isWildcardType() || sent.isWildcardSubtype()
                || declared.stream().noneMatch(type -> sameType(type, sent))) {
            throw new NotSupportedException("The body must be sent as " + names(declared) + " (its Content-Type header); got "
                    + (sent == null ? "none" : sent.getType() + "/" + sent.getSubtype()) + ".");
        }
        String charset = sent.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new NotSupportedException("The body must be UTF-8: send " + names(declared)
                    + " with no charset or charset=utf-8; got charset=" + charset + ".");
        }
        if (isBounded(sent)) {
            requireSmallJson(request);
        }
    }

    /** Curated JSON bodies (JSON, merge patches) are bounded; imports (NDJSON, CSV) stream any size. */
    public static boolean isBounded(MediaType type) {
        return sameType(type, MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json");
    }

    private static void requireSmallJson(ContainerRequestContext request) {
        // without a declared length the whole body would be read before its size is known
        if (request.getLength() < 0) {
            throw new WebApplicationException("A JSON write body needs its Content-Length header (at most 2 MiB, "
                    + MAX_JSON_BYTES + " bytes).", Response.Status.LENGTH_REQUIRED);
        }
        if (request.getLength() > MAX_JSON_BYTES) {
            throw new WebApplicationException("A write body may hold at most 2 MiB (" + MAX_JSON_BYTES
                    + " bytes); this one has " + request.getLength() + ". Bulk data goes to POST /api/v1/imports.",
                    Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }

    private static boolean sameType(MediaType a, MediaType b) {
        return a.getType().equalsIgnoreCase(b.getType()) && a.getSubtype().equalsIgnoreCase(b.getSubtype());
    }

    private static String names(List<MediaType> types) {
        return String.join(" or ", types.stream().map(type -> type.getType() + "/" + type.getSubtype()).toList());
    }
}
