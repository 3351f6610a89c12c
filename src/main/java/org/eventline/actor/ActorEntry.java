package org.eventline.actor;

import static org.eventline.write.EntryConstraints.NAME;
import static org.eventline.write.EntryConstraints.SLUG;
import static org.eventline.write.EntryConstraints.TEXT;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eventline.vocabulary.ActorKind;

/**
 * An actor as curators and importers write it; the affiliation is named by slug, and the external
 * ids are other registries' identifiers by scheme ({"ucdp_actor": "118"}), matched before names.
 */
public record ActorEntry(UUID id, @Size(max = SLUG) String slug, @Size(max = NAME) String name, ActorKind kind,
        @Size(max = 100) List<@Size(max = NAME) String> aliases, @Size(max = SLUG) String affiliation,
        @Size(max = 20) String wikidataId, @Size(max = TEXT) String description,
        @Size(max = 20) Map<@Size(max = 50) String, @Size(max = NAME) String> externalIds) {

    /** An entry without external ids. */
    public ActorEntry(UUID id, String slug, String name, ActorKind kind, List<String> aliases, String affiliation,
            String wikidataId, String description) {
        this(id, slug, name, kind, aliases, affiliation, wikidataId, description, null);
    }
}
