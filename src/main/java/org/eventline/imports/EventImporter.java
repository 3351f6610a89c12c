package org.eventline.imports;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import org.eventline.catalog.Dataset;
import org.eventline.catalog.DatasetRepository;
import org.eventline.event.Event;
import org.eventline.event.EventAssembler;
import org.eventline.event.EventCopyRepository;
import org.eventline.event.EventDocuments;
import org.eventline.event.EventEntry;
import org.eventline.event.EventRepository;
import org.eventline.event.EventRepository.StoredEvent;
import org.eventline.event.RecordReferences;
import org.eventline.history.EventRevisionRepository;
import org.eventline.history.EventRevisionRepository.NewRevision;
import org.eventline.imports.ImportSummary.RejectedLine;
import org.eventline.web.InvalidInput;
import org.eventline.web.InvalidInputException;
import org.eventline.write.Change;
import org.eventline.write.Problems;
import org.eventline.write.WriteTransaction;

/**
 * Imports a stream of lines (any format's reader makes them) in batches, in one transaction:
 * each line is checked on its own and a bad line is reported, not fatal, unless the import is
 * atomic. Events are matched by external key (else id), so importing the same lines again changes
 * nothing and a corrected line updates its event, with a revision. Batches are written by COPY.
 */
@ApplicationScoped
public class EventImporter {

    private static final int BATCH_SIZE = 2_000;

    @Inject
    EntityManager entityManager;
    @Inject
    EventAssembler assembler;
    @Inject
    EventRepository events;
    @Inject
    EventCopyRepository copies;
    @Inject
    EventDocuments documents;
    @Inject
    EventRevisionRepository revisions;
    @Inject
    LineRecords lineRecords;
    @Inject
    WriteTransaction transaction;
    @Inject
    DatasetRepository datasets;

    /**
     * Imports every line into the dataset (a line may name another). With {@code atomic}, one refused
     * line refuses them all: nothing is written and the problems of every refused line are thrown as
     * one 400. An import that creates or changes events stamps its dataset's imported_at; a version,
     * when given, becomes the dataset's.
     */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public ImportSummary importLines(Iterator<ImportLine> lines, String author, boolean atomic, Dataset chosen,
            String version) {
        transaction.begin();
        Dataset dataset = datasets.findById(chosen.id);
        Run run = new Run(assembler.newReferences(dataset), author);
        List<ImportLine> batch = new ArrayList<>(BATCH_SIZE);
        while (lines.hasNext()) {
            batch.add(lines.next());
            if (batch.size() == BATCH_SIZE) {
                importBatch(batch, run);
                batch.clear();
            }
        }
        importBatch(batch, run);
        if (atomic && !run.rejected.isEmpty()) {
            throw new InvalidInputException(run.rejected.stream()
                    .flatMap(line -> line.problems().stream().map(problem -> InvalidInput.field(
                            "line " + line.line() + (problem.field().isEmpty() ? "" : ": " + problem.field()), problem.message())))
                    .toList());
        }
        if (run.created + run.updated > 0) {
            datasets.imported(dataset, version, Instant.now());
        } else if (version != null && !version.equals(dataset.version)) {
            datasets.imported(dataset, version, dataset.importedAt);
        }
        transaction.recordsChanged();
        return run.summary();
    }

    private void importBatch(List<ImportLine> lines, Run run) {
        if (lines.isEmpty()) {
            return;
        }
        List<ImportLine.Read> readable = lines.stream()
                .filter(ImportLine.Read.class::isInstance).map(ImportLine.Read.class::cast).toList();
        lineRecords.preload(readable, run.references);
        StoredMatches stored = findStored(readable);
        Batch batch = new Batch(Instant.now().truncatedTo(ChronoUnit.MICROS));
        for (ImportLine line : lines) {
            run.lines++;
            if (line instanceof ImportLine.Read read) {
                importLine(read, stored, batch, run);
            } else {
                run.rejected.add(new RejectedLine(line.number(), ((ImportLine.Unreadable) line).problems()));
            }
        }
        write(batch, run);
    }

    /** Checks one line and puts its event among the batch's new or changed ones, or counts why not. */
    private void importLine(ImportLine.Read read, StoredMatches stored, Batch batch, Run run) {
        EventEntry entry = read.event();
        Problems problems = new Problems();
        LineRecords.Included included = lineRecords.declareIncluded(read, run.references, problems);
        Event event = assembler.assembleLine(entry, run.references, problems);
        if (entry.key() != null && run.keyLines.putIfAbsent(entry.key(), read.number()) != null) {
            problems.add("key", "repeats the key of line " + run.keyLines.get(entry.key()));
        }
        if (!problems.isEmpty()) {
            // a refused line leaves nothing behind, not even the records it would have created
            included.forget();
            run.rejected.add(new RejectedLine(read.number(), problems.list()));
            return;
        }
        included.store();
        StoredEvent match = stored.of(entry);
        if (match == null && stored.retired(entry)) {
            run.retired++;
        } else if (match == null) {
            event.createdAt = batch.now;
            event.updatedAt = batch.now;
            String document = documents.document(event);
            batch.created.add(new Written(event, documents.changedFields(null, document), document));
        } else {
            event.id = match.id();
            event.createdAt = match.createdAt();
            if (entry.dataset() == null) {
                // a line that names no dataset leaves a stored event in its own, as a PUT body does
                event.dataset = entityManager.getReference(Dataset.class, match.datasetId());
            }
            event.updatedAt = batch.now;
            // read once: its claim ids and its fields both come from it
            JsonNode storedDocument = documents.tree(match.document());
            keepClaimIds(event, storedDocument);
            String document = documents.document(event);
            List<String> changedFields = documents.changedSince(storedDocument, document);
            if (changedFields.isEmpty()) {
                run.unchanged++;
            } else {
                batch.changed.add(new Written(event, changedFields, document));
                batch.storedVersions.put(event.id, match.version());
            }
        }
    }

    /** The stored events a batch's lines name, by key (else id), and those of them a curator retired. */
    private StoredMatches findStored(List<ImportLine.Read> lines) {
        Set<String> keys = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (ImportLine.Read line : lines) {
            if (line.event().key() != null) {
                keys.add(line.event().key());
            } else if (line.event().id() != null) {
                ids.add(line.event().id());
            }
        }
        Map<String, StoredEvent> byKey = new HashMap<>();
        Map<UUID, StoredEvent> byId = new HashMap<>();
        for (StoredEvent stored : events.findStored(keys, ids)) {
            byId.put(stored.id(), stored);
            if (stored.externalKey() != null) {
                byKey.put(stored.externalKey(), stored);
            }
        }
        return new StoredMatches(byKey, byId, revisions.findRetiredKeys(keys), revisions.findRetiredIds(ids));
    }

    private record StoredMatches(Map<String, StoredEvent> byKey, Map<UUID, StoredEvent> byId, Set<String> retiredKeys,
            Set<UUID> retiredIds) {

        StoredEvent of(EventEntry entry) {
            return entry.key() != null ? byKey.get(entry.key()) : byId.get(entry.id());
        }

        boolean retired(EventEntry entry) {
            return entry.key() != null ? retiredKeys.contains(entry.key()) : retiredIds.contains(entry.id());
        }
    }

    /** What one batch writes: new events, changed ones with the version they had, each with its JSON. */
    private static final class Batch {
        final Instant now;
        final List<Written> created = new ArrayList<>();
        final List<Written> changed = new ArrayList<>();
        final Map<UUID, Long> storedVersions = new HashMap<>();

        Batch(Instant now) {
            this.now = now;
        }

        Map<UUID, String> documents() {
            Map<UUID, String> documents = new HashMap<>();
            created.forEach(written -> documents.put(written.event().id, written.document()));
            changed.forEach(written -> documents.put(written.event().id, written.document()));
            return documents;
        }
    }

    /** An event, the top-level fields of its JSON that the import changes, and that JSON. */
    private record Written(Event event, List<String> changedFields, String document) {

        NewRevision revision() {
            return new NewRevision(event.id, event.externalKey, changedFields, document);
        }
    }

    /** A claim keeps its id where its position stays, so the event's JSON changes only where its figures do. */
    private void keepClaimIds(Event event, JsonNode storedDocument) {
        List<UUID> storedIds = documents.claimIds(storedDocument);
        for (int i = 0; i < Math.min(storedIds.size(), event.claims.size()); i++) {
            event.claims.get(i).id = storedIds.get(i);
        }
    }

    private void write(Batch batch, Run run) {
        // the places, actors and sources lines created go in first: events refer to them
        entityManager.flush();
        Map<UUID, String> documents = batch.documents();
        copies.insert(batch.created.stream().map(Written::event).toList(), documents);
        copies.replace(batch.changed.stream().map(Written::event).toList(), documents, batch.storedVersions);
        revisions.recordAll(batch.created.stream().map(Written::revision).toList(), Change.CREATED, run.author);
        revisions.recordAll(batch.changed.stream().map(Written::revision).toList(), Change.UPDATED, run.author);
        run.created += batch.created.size();
        run.updated += batch.changed.size();
    }

    /** The state of one import across its batches. */
    private static final class Run {
        final RecordReferences references;
        final String author;
        final Map<String, Long> keyLines = new HashMap<>();
        final List<RejectedLine> rejected = new ArrayList<>();
        long lines;
        int created;
        int updated;
        int unchanged;
        int retired;

        Run(RecordReferences references, String author) {
            this.references = references;
            this.author = author;
        }

        ImportSummary summary() {
            return new ImportSummary(lines, created, updated, unchanged, retired, rejected.size(), rejected);
        }
    }
}
