package org.eventline.write;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eventline.web.ETags;
import org.eventline.web.InvalidInput;
import org.eventline.web.InvalidInputException;

/**
 * Creates, rewrites and deletes actors, places and sources, each kind told by its
 * {@link RecordKind}, whose view type every method answers with. A change shows in every event
 * that names the record (the write's tail renders them again, each with a revision, in the same
 * transaction). A record that anything still names cannot be deleted.
 */
@ApplicationScoped
public class RecordWriter {

    @Inject
    WriteTransaction transaction;
    @Inject
    ObjectMapper objectMapper;
    @Inject
    ETags etags;

    @Transactional
    public <T, E, V> V create(RecordKind<T, E, V> kind, JsonNode body) throws JsonProcessingException {
        E entry = objectMapper.treeToValue(Entries.required(body), kind.entryType());
        Problems problems = new Problems();
        String slug = kind.entrySlug(entry);
        if (Slugs.check(slug, "slug", problems) && kind.find(slug).isPresent()) {
            throw conflict("The slug '" + slug + "' names another " + kind.noun() + " already.");
        }
        T record = kind.build(entry, "", kind.newReferences(), problems);
        problems.throwIfAny();
        if (kind.find(kind.id(record).toString()).isPresent()) {
            throw conflict("An " + kind.noun() + " with id " + kind.id(record) + " exists; leave id out to get a new one.");
        }
        transaction.begin();
        kind.persist(record);
        transaction.recordsChanged();
        return kind.view(record);
    }

    @Transactional
    public <T, E, V> V replace(RecordKind<T, E, V> kind, String idOrSlug, String ifMatch, JsonNode body, String author)
            throws JsonProcessingException {
        return rewrite(kind, idOrSlug, ifMatch, body, false, author);
    }

    /** Applies a JSON Merge Patch (RFC 7396) to the record as a PUT body would show it. */
    @Transactional
    public <T, E, V> V patch(RecordKind<T, E, V> kind, String idOrSlug, String ifMatch, JsonNode patch, String author)
            throws JsonProcessingException {
        return rewrite(kind, idOrSlug, ifMatch, patch, true, author);
    }

    @Transactional
    public <T, E, V> void delete(RecordKind<T, E, V> kind, String idOrSlug, String ifMatch) {
        T record = findCurrent(kind, idOrSlug, ifMatch);
        List<String> references = kind.references(record);
        if (!references.isEmpty()) {
            throw conflict("The " + kind.noun() + " '" + kind.slug(record) + "' is still named by "
                    + String.join(", ", references) + "; change those first.");
        }
        transaction.begin();
        kind.delete(record);
        transaction.recordsChanged();
    }

    private <T, E, V> V rewrite(RecordKind<T, E, V> kind, String idOrSlug, String ifMatch, JsonNode body, boolean merge,
            String author) throws JsonProcessingException {
        Entries.required(body);
        T record = findCurrent(kind, idOrSlug, ifMatch);
        if (merge && !body.isObject()) {
            throw new InvalidInputException(List.of(InvalidInput.field("(body)", "a merge patch is a JSON object")));
        }
        JsonNode written = merge ? MergePatch.apply(objectMapper.valueToTree(kind.entry(record)), body) : body;
        E entry = objectMapper.treeToValue(written, kind.entryType());
        Problems problems = new Problems();
        if (kind.entrySlug(entry) != null && !kind.entrySlug(entry).equals(kind.slug(record))) {
            problems.add("slug", "slugs are permanent: links to '" + kind.slug(record) + "' must keep working");
        }
        T replacement = kind.build(entry, "", kind.newReferences(), problems);
        problems.throwIfAny();
        transaction.begin();
        kind.copy(replacement, record, problems);
        problems.throwIfAny();
        transaction.eventsChanged(kind.eventsShowing(record), Change.UPDATED, author);
        return kind.view(record);
    }

    /** The record, after checking that the If-Match names its current view. */
    private <T, E, V> T findCurrent(RecordKind<T, E, V> kind, String idOrSlug, String ifMatch) {
        T record = kind.find(idOrSlug).orElseThrow(() -> new NotFoundException(
                "No " + kind.noun() + " with id or slug '" + idOrSlug + "'."));
        ETags.requireMatch(ifMatch, etags.of(kind.view(record)), kind.noun() + " " + kind.slug(record));
        return record;
    }

    private static ClientErrorException conflict(String message) {
        return new ClientErrorException(message, Response.Status.CONFLICT);
    }
}
