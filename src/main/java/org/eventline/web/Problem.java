package org.eventline.web;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body: every 4xx and 5xx answer is one of these. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", requiredProperties = {"type", "title", "status", "detail"}, description = "RFC 9457 problem details (application/problem+json).")
public record Problem(
        @Schema(description = "A URI naming the kind of problem.", examples = "urn:eventline:problem:invalid-parameter") String type,
        @Schema(description = "Short summary of the kind of problem.", examples = "Invalid parameter") String title,
        @Schema(description = "The HTTP status code.", examples = "400") int status,
        @Schema(description = "What went wrong with this request, in plain words.") String detail,
        @Schema(description = "The request path.", examples = "/api/v1/events") String instance,
        @Schema(description = "For bad input: each offending query parameter or body field.") List<InvalidInput> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:eventline:problem:";

    /** A problem of the named kind (a short slug, such as "invalid-parameter"), for the request path. */
    public static Problem of(int status, String type, String title, String detail, String instance, List<InvalidInput> errors) {
        return new Problem(TYPE_PREFIX + type, title, status, detail, instance, errors);
    }

    /** The problem a bare status stands for: its kind and title are the status's reason phrase. */
    public static Problem ofStatus(int status, String reasonPhrase, String detail, String instance) {
        String type = reasonPhrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return of(status, type, reasonPhrase, detail, instance, null);
    }
}
