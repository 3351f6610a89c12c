package org.eventline.source;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.vocabulary.SourceKind;

/** A source as other resources cite it. */
@Schema(name = "SourceRef")
public record SourceRef(
        UUID id,
        @Schema(examples = "aljazeera-2016-10-14-aleppo-pounded") String slug,
        SourceKind kind,
        @Schema(examples = "Al Jazeera") String publisher,
        String title,
        @Schema(nullable = true) String url,
        @Schema(examples = "2016-10-14", nullable = true) LocalDate publishedOn,
        @Schema(examples = "en", nullable = true) String language) {

    public static SourceRef of(Source source) {
        return source == null ? null : new SourceRef(source.id, source.slug, source.kind, source.publisher,
                source.title, source.url, source.publishedOn, source.language);
    }
}
