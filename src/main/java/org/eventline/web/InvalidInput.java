package org.eventline.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One offending query parameter or body field of a bad request, and what is wrong with it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "InvalidInput", requiredProperties = "message")
public record InvalidInput(
        @Schema(description = "The query parameter, when the problem is in the query.", examples = "from") String parameter,
        @Schema(description = "The body field path, when the problem is in the body.", examples = "events[3].claims[0].min") String field,
        @Schema(description = "What is wrong with it.", examples = "'2016-02-30' is not a valid date") String message) {

    public static InvalidInput parameter(String name, String message) {
        return new InvalidInput(name, null, message);
    }

    public static InvalidInput field(String path, String message) {
        return new InvalidInput(null, path, message);
    }
}
