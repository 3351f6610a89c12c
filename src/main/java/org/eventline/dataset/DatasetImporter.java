package org.eventline.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eventline.actor.Actor;
import org.eventline.actor.ActorRecords;
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

    @Transactional
    public ImportReport importDocument(DatasetDocument document) {
        transaction.begin();
        Problems problems = new Problems();
        RecordReferences references = eventAssembler.newReferences();
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
        return new ImportReport(sourceCounts, actorCounts, locationCounts, eventCounts);
    }
}
