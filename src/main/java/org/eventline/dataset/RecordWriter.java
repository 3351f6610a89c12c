package org.eventline.dataset;

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

import org.eventline.event.EventDocuments;
import org.eventline.event.EventRepository;
import org.eventline.history.Change;
import org.eventline.history.EventRevisionRepository;
import org.eventline.web.DataVersion.DataChanged;
import org.eventline.web.ETags;
import org.eventline.web.InvalidInput;
import org.eventline.web.InvalidInputException;

/**
 * Creates, rewrites and deletes actors, places and sources. A change shows in every event that
 * names the record: their JSON is rendered again and each gets a revision, in the same
 * transaction. A record that anything still names cannot be deleted.
 */
@ApplicationScoped
public class RecordWriter {

    /** Events rendered again per round after a record changes. */
    private static final int RENDER_BATCH = 500;

    @Inject
    ActorRecords actors;
    @Inject
    LocationRecords locations;
    @Inject
    SourceRecords sources;
    @Inject
    EntityManager entityManager;
    @Inject
    EventRepository events;
    @Inject
    EventDocuments documents;
    @Inject
    EventRevisionRepository revisions;
    @Inject
    ObjectMapper objectMapper;
    @Inject
    ETags viewTags;
    @Inject
    jakarta.enterprise.event.Event<DataChanged> dataChanged;

    @Transactional
    public Object create(RecordType type, JsonNode body) throws JsonProcessingException {
        return create(kind(type), body);
    }

    @Transactional
    public Object replace(RecordType type, String idOrSlug, String ifMatch, JsonNode body, String author)
            throws JsonProcessingException {
        return replace(kind(type), idOrSlug, ifMatch, body, false, author);
    }

    /** Applies a JSON Merge Patch (RFC 7396) to the record as a PUT body would show it. */
    @Transactional
    public Object patch(RecordType type, String idOrSlug, String ifMatch, JsonNode patch, String author)
            throws JsonProcessingException {
        return replace(kind(type), idOrSlug, ifMatch, patch, true, author);
    }

    @Transactional
    public void delete(RecordType type, String idOrSlug, String ifMatch) {
        delete(kind(type), idOrSlug, ifMatch);
    }

    private <T, E> Object create(RecordKind<T, E> kind, JsonNode body) throws JsonProcessingException {
        E entry = objectMapper.treeToValue(body, kind.entryType());
        Problems problems = new Problems();
        String slug = kind.entrySlug(entry);
        if (DatasetImporter.checkSlug(slug, "slug", problems) && kind.find(slug).isPresent()) {
            throw conflict("The slug '" + slug + "' names another " + kind.noun() + " already.");
        }
        T record = kind.build(entry, problems);
        problems.throwIfAny();
        if (kind.find(kind.id(record).toString()).isPresent()) {
            throw conflict("An " + kind.noun() + " with id " + kind.id(record) + " exists; leave id out to get a new one.");
        }
        revisions.lockForWrite();
        kind.persist(record);
        entityManager.flush();
        dataChanged.fire(new DataChanged());
        return kind.view(record);
    }

    private <T, E> Object replace(RecordKind<T, E> kind, String idOrSlug, String ifMatch, JsonNode body, boolean merge,
            String author) throws JsonProcessingException {
        T record = kind.find(idOrSlug).orElseThrow(() -> new NotFoundException(
                "No " + kind.noun() + " with id or slug '" + idOrSlug + "'."));
        ETags.requireMatch(ifMatch, viewTags.of(kind.view(record)), kind.noun() + " " + kind.slug(record));
        if (merge && !body.isObject()) {
            throw new InvalidInputException(List.of(InvalidInput.field("(body)", "a merge patch is a JSON object")));
        }
        JsonNode written = merge ? MergePatch.apply(objectMapper.valueToTree(kind.entry(record)), body) : body;
        E entry = objectMapper.treeToValue(written, kind.entryType());
        Problems problems = new Problems();
        if (kind.entrySlug(entry) != null && !kind.entrySlug(entry).equals(kind.slug(record))) {
            problems.add("slug", "slugs are permanent: links to '" + kind.slug(record) + "' must keep working");
        }
        T replacement = kind.build(entry, problems);
        problems.throwIfAny();
        revisions.lockForWrite();
        kind.copy(replacement, record, problems);
        problems.throwIfAny();
        entityManager.flush();
        renderEventsShowing(kind.eventsShowing(record), author);
        dataChanged.fire(new DataChanged());
        return kind.view(record);
    }

    private <T, E> void delete(RecordKind<T, E> kind, String idOrSlug, String ifMatch) {
        T record = kind.find(idOrSlug).orElseThrow(() -> new NotFoundException(
                "No " + kind.noun() + " with id or slug '" + idOrSlug + "'."));
        ETags.requireMatch(ifMatch, viewTags.of(kind.view(record)), kind.noun() + " " + kind.slug(record));
        List<String> references = kind.references(record);
        if (!references.isEmpty()) {
            throw conflict("The " + kind.noun() + " '" + kind.slug(record) + "' is still named by "
                    + String.join(", ", references) + "; change those first.");
        }
        revisions.lockForWrite();
        kind.delete(record);
        entityManager.flush();
        dataChanged.fire(new DataChanged());
    }

    /** The events naming a changed record show it anew, each with a revision. */
    private void renderEventsShowing(List<UUID> eventIds, String author) {
        for (int from = 0; from < eventIds.size(); from += RENDER_BATCH) {
            List<UUID> batch = eventIds.subList(from, Math.min(eventIds.size(), from + RENDER_BATCH));
            events.refreshSearchDocuments(batch);
            documents.render(events.findInOrder(batch));
            revisions.record(batch, Change.UPDATED, author);
        }
    }

    private RecordKind<?, ?> kind(RecordType type) {
        return switch (type) {
            case ACTOR -> actors;
            case LOCATION -> locations;
            case SOURCE -> sources;
        };
    }

    private static ClientErrorException conflict(String message) {
        return new ClientErrorException(message, Response.Status.CONFLICT);
    }
}
