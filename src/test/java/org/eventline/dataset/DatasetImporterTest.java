package org.eventline.dataset;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.eventline.actor.ActorRepository;
import org.eventline.event.EventEntry;
import org.eventline.event.EventEntry.ClaimEntry;
import org.eventline.event.EventEntry.DateEntry;
import org.eventline.event.EventEntry.ParticipantEntry;
import org.eventline.event.EventRepository;
import org.eventline.imports.ImportReport;
import org.eventline.support.TestEvents;
import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.Verification;
import org.eventline.web.InvalidInput;
import org.eventline.web.InvalidInputException;

/** The import path every dataset takes: all-or-nothing, idempotent, every problem named at its field. */
@QuarkusTest
class DatasetImporterTest {

    @Inject
    DatasetImporter importer;
    @Inject
    EventRepository events;
    @Inject
    ActorRepository actors;

    @Test
    void importingTheSameDocumentTwiceChangesNothing() {
        DatasetDocument document = TestEvents.batch(TestEvents.freshYear(), 4);
        ImportReport first = importer.importDocument(document);
        long stored = events.count();

        ImportReport second = importer.importDocument(document);

        assertEquals(4, first.events().created());
        assertEquals(0, second.events().created());
        assertEquals(4, second.events().unchanged());
        assertEquals(1, second.actors().unchanged());
        assertEquals(stored, events.count());
    }

    @Test
    void rejectsADocumentListingEveryProblemAtItsFieldAndStoresNothing() {
        DatasetDocument valid = TestEvents.batch(TestEvents.freshYear(), 2);
        EventEntry good = valid.events().get(0);
        EventEntry bad = new EventEntry(UUID.randomUUID(), good.key() + "-bad", "carpet_bombing", " ", good.summary(),
                good.status(), new DateEntry("2016-02-30", null, null, null, null, null), good.location(), good.locations(),
                List.of(new ParticipantEntry("nobody-at-all", ActorRole.PERPETRATOR)),
                List.of(new ClaimEntry(ClaimMeasure.KILLED, ClaimGroup.PEOPLE, null, 10L, 5L, Qualifier.EXACTLY, null, null, null,
                        "nobody-at-all", "no-such-source", Verification.UNVERIFIED)),
                List.of(), List.of(), List.of());
        DatasetDocument document = new DatasetDocument(valid.dataset(), valid.sources(), valid.actors(), valid.locations(),
                List.of(good, bad));
        long storedBefore = events.count();
        String actorSlug = valid.actors().get(0).slug();

        InvalidInputException rejected = assertThrows(InvalidInputException.class, () -> importer.importDocument(document));

        List<String> fields = rejected.errors().stream().map(InvalidInput::field).toList();
        assertThat(fields, hasItem("events[1].type"));
        assertThat(fields, hasItem("events[1].title"));
        assertThat(fields, hasItem("events[1].date"));
        assertThat(fields, hasItem("events[1].actors[0].actor"));
        assertThat(fields, hasItem("events[1].claims[0].min"));
        assertThat(fields, hasItem("events[1].claims[0].attributed_to"));
        assertThat(fields, hasItem("events[1].claims[0].source"));
        assertThat(fields, hasItem("events[1].sources"));
        assertEquals(storedBefore, events.count(), "the good event is not stored either: all or nothing");
        assertTrue(actors.findBySlug(actorSlug).isEmpty(), "nor are its actors");
    }

    @Test
    void refersToRecordsAlreadyStoredBySlug() {
        DatasetDocument batch = TestEvents.batch(TestEvents.freshYear(), 1);
        EventEntry event = batch.events().get(0);
        EventEntry withCuratedActor = new EventEntry(event.id(), event.key(), event.type(), event.title(), event.summary(),
                event.status(), event.date(), "aleppo", List.of(), List.of(new ParticipantEntry("russia", ActorRole.PERPETRATOR)),
                List.of(), List.of(), event.sources(), List.of());
        importer.importDocument(new DatasetDocument(batch.dataset(), batch.sources(), List.of(), List.of(), List.of(withCuratedActor)));

        var stored = events.findById(event.id());
        assertEquals("russia", stored.actors.get(0).actor.slug);
        assertEquals("aleppo", stored.location.slug);
    }
}
