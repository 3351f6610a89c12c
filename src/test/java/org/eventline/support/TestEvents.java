package org.eventline.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eventline.actor.ActorEntry;
import org.eventline.dataset.DatasetDocument;
import org.eventline.event.EventEntry;
import org.eventline.event.EventEntry.CitationEntry;
import org.eventline.event.EventEntry.ClaimEntry;
import org.eventline.event.EventEntry.DateEntry;
import org.eventline.event.EventEntry.ParticipantEntry;
import org.eventline.event.EventEntry.PlaceEntry;
import org.eventline.location.LocationEntry;
import org.eventline.location.LocationEntry.Point;
import org.eventline.source.SourceEntry;
import org.eventline.vocabulary.ActorKind;
import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.EventStatus;
import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;
import org.eventline.vocabulary.LocationRole;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.SourceKind;
import org.eventline.vocabulary.Verification;

/**
 * Builds dataset documents of synthetic events for tests, loaded through the importer like any
 * dataset. Every batch gets its own slugs and lives in its own far-future year, so it never changes
 * the answers that tests of the curated Aleppo data (2011-2016) expect. Query a batch with
 * from=year, to=year and date_match=within: the curated open-ended events (the war since 2011)
 * overlap every later year.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** A fresh year after 2100 for one test's events: tests never share a period. */
    public static int freshYear() {
        return 2100 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 7000);
    }

    /**
     * {@code count} events, one per day from 1 January of the year, each with an actor, a place, a
     * claim and a source of the batch, so that a page of them exercises every collection.
     */
    public static DatasetDocument batch(int year, int count) {
        String tag = "t" + year + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<EventEntry> events = new ArrayList<>();
        LocalDate first = LocalDate.of(year, 1, 1);
        for (int i = 0; i < count; i++) {
            events.add(new EventEntry(UUID.randomUUID(), tag + "/event-" + i, "air_strike", "Test strike " + i + " " + tag,
                    "A synthetic event for tests.", EventStatus.OCCURRED,
                    new DateEntry(first.plusDays(i % 300).toString(), null, null, null, null, null),
                    tag + "-town", List.of(new PlaceEntry(tag + "-town", LocationRole.SITE)),
                    List.of(new ParticipantEntry(tag + "-force", ActorRole.PERPETRATOR)),
                    List.of(new ClaimEntry(ClaimMeasure.KILLED, ClaimGroup.CIVILIANS, null, 3L, null, Qualifier.AT_LEAST, null,
                            "at least 3", null, tag + "-force", tag + "-report", Verification.UNVERIFIED)),
                    List.of(), List.of(new CitationEntry(tag + "-report", "test")), List.of()));
        }
        return new DatasetDocument(tag,
                List.of(new SourceEntry(null, tag + "-report", SourceKind.NEWS_ARTICLE, "Test Wire", "Test report " + tag,
                        "https://example.org/" + tag, first, "en", null)),
                List.of(new ActorEntry(null, tag + "-force", "Test Force " + tag, ActorKind.ARMED_GROUP, List.of(), null, null, null)),
                List.of(new LocationEntry(null, tag + "-town", "Test Town " + tag, LocationKind.CITY, null, List.of(),
                        new Point(10.0, 20.0), LocationPrecision.TOWN, null)),
                events);
    }
}
