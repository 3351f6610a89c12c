package org.eventline.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.vocabulary.SourceKind;

/** A source as /sources shows it. */
@Schema(name = "Source")
public record SourceView(
        UUID id,
        @Schema(examples = "aljazeera-2016-10-14-aleppo-pounded") String slug,
        SourceKind kind,
        @Schema(examples = "Al Jazeera") String publisher,
        String title,
        @Schema(description = "Address, when the source is online.", nullable = true) String url,
        @Schema(examples = "2016-10-14", nullable = true) LocalDate publishedOn,
        @Schema(description = "ISO 639-1 code.", examples = "en", nullable = true) String language,
        @Schema(nullable = true) String description,
        Instant createdAt,
        Instant updatedAt) {

    public static SourceView of(Source source) {
        return new SourceView(source.id, source.slug, source.kind, source.publisher, source.title, source.url,
                source.publishedOn, source.language, source.description, source.createdAt, source.updatedAt);
    }
}
