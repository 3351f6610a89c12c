package org.eventline.actor;

import static org.eventline.write.EntryConstraints.NAME;
import static org.eventline.write.EntryConstraints.SLUG;
import static org.eventline.write.EntryConstraints.TEXT;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eventline.vocabulary.ActorKind;

/** An actor as curators and importers write it; the affiliation is named by slug. */
public record ActorEntry(UUID id, @Size(max = SLUG) String slug, @Size(max = NAME) String name, ActorKind kind,
        @Size(max = 100) List<@Size(max = NAME) String> aliases, @Size(max = SLUG) String affiliation,
        @Size(max = 20) String wikidataId, @Size(max = TEXT) String description) {
}
