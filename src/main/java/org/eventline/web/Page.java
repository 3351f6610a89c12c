package org.eventline.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: its items, the cursor of the next page (null on the last), and the total when asked. */
public record Page<T>(
        List<T> items,
        @Schema(description = Page.NEXT_CURSOR, nullable = true) String nextCursor,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = Page.TOTAL) Long total) {

    /** The members' descriptions, for the page records each resource declares for the OpenAPI document. */
    public static final String NEXT_CURSOR = "Pass as cursor to get the next page; null on the last page.";
    public static final String TOTAL = "Number of matches in all pages; only with count=true.";
}
