package org.eventline.web;

import java.util.Arrays;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * If-Match on writes (RFC 9110, 13.1.1): a write that would replace or retire a resource must
 * name the ETag it last read, so that two editors never overwrite each other unknowingly.
 */
public final class WritePreconditions {

    private WritePreconditions() {
    }

    /**
     * Returns when If-Match names the current tag (strong comparison) or is "*"; throws 428 when it
     * is missing and 412 when it names no current tag.
     */
    public static void requireMatch(String ifMatch, EntityTag current, String resourcePath) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ClientErrorException("This write needs an If-Match header with the ETag of " + resourcePath
                    + " as you last read it (GET it to learn it); it keeps two editors from overwriting each other.",
                    Response.Status.PRECONDITION_REQUIRED);
        }
        String currentTag = current.toString();
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(currentTag));
        if (!matches) {
            throw new ClientErrorException(resourcePath + " has changed since the version If-Match names; its ETag is now "
                    + currentTag + ". Read it again, reapply your change, and send the new ETag.",
                    Response.Status.PRECONDITION_FAILED);
        }
    }
}
