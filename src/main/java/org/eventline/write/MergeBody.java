package org.eventline.write;

import static org.eventline.write.EntryConstraints.SLUG;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For the OpenAPI document: the body of a merge. */
@Schema(name = "MergeBody", requiredProperties = "into")
public record MergeBody(@Schema(description = "The id or slug of the record to merge into.", examples = "syrian-government",
        maxLength = SLUG) String into) {
}
