package org.eventline.source;

import static org.eventline.write.EntryConstraints.NAME;
import static org.eventline.write.EntryConstraints.SLUG;
import static org.eventline.write.EntryConstraints.TEXT;
import static org.eventline.write.EntryConstraints.TITLE;
import static org.eventline.write.EntryConstraints.URL;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eventline.vocabulary.SourceKind;
import org.eventline.write.SupportedDate;

/** A source as curators and importers write it. */
public record SourceEntry(UUID id, @Size(max = SLUG) String slug, SourceKind kind, @Size(max = NAME) String publisher,
        @Size(max = TITLE) String title, @Size(max = URL) String url, @SupportedDate LocalDate publishedOn,
        @Size(max = 35) String language, @Size(max = TEXT) String description) {
}
