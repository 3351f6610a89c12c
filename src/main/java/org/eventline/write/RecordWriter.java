package org.eventline.write;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    @Inject
    EntityManager entityManager;

    /**
     * Creates the record. One that the reconciliation rules find to be the same thing as a stored
     * record is refused (409 naming that record) unless {@code distinct}: a curator who writes a new
     * record means a new one, and must say so when it looks like one already kept. A doubtful match
     * is created and kept as a candidate.
     */
    @Transactional
    public <T, E, V> V create(RecordKind<T, E, V> kind, JsonNode body, boolean distinct) throws JsonProcessingException {
        E entry = objectMapper.treeToValue(Entries.required(body), kind.entryType());
        Problems problems = new Problems();
        String slug = kind.entrySlug(entry);
        if (Slugs.check(slug, "slug", problems) && kind.find(slug).isPresent()) {
            T named = kind.find(slug).get();
            throw conflict("The slug '" + slug + "' names another " + kind.noun() + " already"
                    + (kind.slug(named).equals(slug) ? "." : " ('" + kind.slug(named) + "', which it joined or was merged into)."));
        }
        References<T> references = kind.newReferences();
        T record = kind.build(entry, "", references, problems);
        problems.throwIfAny();
        if (kind.find(kind.id(record).toString()).isPresent()) {
            throw conflict("An " + kind.noun() + " with id " + kind.id(record) + " exists; leave id out to get a new one.");
        }
        Matcher.Match<T> match = distinct ? Matcher.Match.none() : references.matcher().match(record);
        if (match.join() != null) {
            throw conflict("This " + kind.noun() + " is the same as '" + kind.slug(match.join()) + "' (" + match.rule()
                    + "): name that one, merge into it, or create again with distinct=true to keep a separate record.");
        }
        transaction.begin();
        kind.persist(record);
        references.matcher().stored(record, match.candidates());
        transaction.recordsChanged();
        return kind.view(record);
    }

    /**
     * Merges the record into another (body {"into": id or slug}): everything that named it names the
     * other, each event so changed gets a revision, and its slug and id answer for the other from
     * now on. One transaction: a merge that fails leaves nothing changed.
     */
    @Transactional
    public <T, E, V> V merge(RecordKind<T, E, V> kind, String idOrSlug, String ifMatch, JsonNode body, String author)
            throws JsonProcessingException {
        Entries.required(body);
        if (!body.isObject()) {
            throw new InvalidInputException(List.of(InvalidInput.field("(body)", "must be an object: {\"into\": \"<id or slug>\"}")));
        }
        // read as every body is (StrictJson): an unknown field, a wrong type or a NUL is a 400 naming it
        MergeBody merge = objectMapper.treeToValue(body, MergeBody.class);
        if (merge.into() == null || merge.into().isBlank()) {
            throw new InvalidInputException(List.of(
                    InvalidInput.field("into", "is required: the id or slug of the " + kind.noun() + " to merge into")));
        }
        String into = merge.into();
        T record = findCurrent(kind, idOrSlug, ifMatch);
        T target = kind.find(into).orElseThrow(() -> new InvalidInputException(List.of(
                InvalidInput.field("into", "no " + kind.noun() + " with id or slug '" + into + "'"))));
        if (kind.id(target).equals(kind.id(record))) {
            throw new InvalidInputException(List.of(InvalidInput.field("into",
                    "'" + into + "' is '" + kind.slug(record) + "' itself: a record cannot merge into itself")));
        }
        String refusal = kind.mergeRefusal(record, target);
        if (refusal != null) {
            throw new InvalidInputException(List.of(InvalidInput.field("into", refusal)));
        }
        transaction.begin();
        List<UUID> events = kind.eventsShowing(record);
        UUID targetId = kind.id(target);
        kind.merge(record, target);
        // the statements moved rows under the loaded entities: read everything again
        entityManager.clear();
        transaction.eventsChanged(events, Change.UPDATED, author);
        T merged = kind.find(targetId.toString()).orElseThrow();
        transaction.namesChanged(kind.eventsShowing(merged));
        return kind.view(merged);
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
