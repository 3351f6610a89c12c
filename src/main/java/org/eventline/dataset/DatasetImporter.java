package org.eventline.dataset;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eventline.actor.Actor;
import org.eventline.actor.ActorRecords;
import org.eventline.catalog.Dataset;
import org.eventline.catalog.DatasetRepository;
import org.eventline.event.EventAssembler;
import org.eventline.event.RecordReferences;
import org.eventline.imports.ImportReport;
import org.eventline.location.Location;
import org.eventline.location.LocationRecords;
import org.eventline.source.Source;
import org.eventline.source.SourceRecords;
import org.eventline.write.DeclaredRecords;
import org.eventline.write.Entries;
import org.eventline.write.Problems;
import org.eventline.write.RecordCounts;
import org.eventline.write.Slugs;
import org.eventline.write.WriteTransaction;

/**
 * Loads a dataset document in one transaction: sources, actors and places by slug, then events by
 * external key. Records already stored are left as they are, so loading the same document twice
 * changes nothing. Any problem anywhere rejects the whole document, listing every problem.
 */
@ApplicationScoped
public class DatasetImporter {

    @Inject
    EntityManager entityManager;
    @Inject
    SourceRecords sources;
    @Inject
    ActorRecords actors;
    @Inject
    LocationRecords locations;
    @Inject
    EventAssembler eventAssembler;
    @Inject
    WriteTransaction transaction;
    @Inject
    DatasetRepository datasets;

    @Transactional
    public ImportReport importDocument(DatasetDocument document) {
        transaction.begin();
        Problems problems = new Problems();
        Dataset dataset = datasetOf(document, problems);
        problems.throwIfAny();
        RecordReferences references = eventAssembler.newReferences(dataset);
        DeclaredRecords<Source> newSources = DeclaredRecords.check("sources", document.sources(), sources,
                references.sources(), problems);
        DeclaredRecords<Actor> newActors = DeclaredRecords.check("actors", document.actors(), actors,
                references.actors(), problems);
        DeclaredRecords<Location> newLocations = DeclaredRecords.check("locations", document.locations(), locations,
                references.locations(), problems);
        problems.throwIfAny();
        RecordCounts sourceCounts = newSources.store();
        RecordCounts actorCounts = newActors.store();
        RecordCounts locationCounts = newLocations.store();
        entityManager.flush();
        RecordCounts eventCounts = eventAssembler.importEvents(Entries.orEmpty(document.events()), references, problems,
                "dataset " + document.dataset());
        problems.throwIfAny();
        if (eventCounts.created() > 0) {
            datasets.imported(dataset, null, Instant.now());
        }
        return new ImportReport(sourceCounts, actorCounts, locationCounts, eventCounts);
    }

    /** The dataset the document names, created from its "about" when new; a stored one is left as it is. */
    private Dataset datasetOf(DatasetDocument document, Problems problems) {
        if (document.dataset() == null) {
            problems.require(null, "dataset");
            return null;
        }
        var stored = datasets.findBySlug(document.dataset());
        if (stored.isPresent()) {
            return stored.get();
        }
        if (!Slugs.check(document.dataset(), "dataset", problems)) {
            return null;
        }
        DatasetDocument.About about = document.about();
        Dataset dataset = new Dataset();
        dataset.id = UUID.randomUUID();
        dataset.slug = document.dataset();
        dataset.title = about == null || about.title() == null ? document.dataset() : about.title();
        dataset.publisher = about == null || about.publisher() == null ? "Eventline curators" : about.publisher();
        if (about != null) {
            dataset.version = about.version();
            dataset.licence = about.licence();
            dataset.licenceUrl = about.licenceUrl();
            dataset.citation = about.citation();
            dataset.url = about.url();
        }
        datasets.persist(dataset);
        return dataset;
    }
}
