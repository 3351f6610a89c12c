package org.eventline.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.eventline.actor.ActorEntry;
import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.event.EventEntry.CitationEntry;
import org.eventline.event.EventEntry.DateEntry;
import org.eventline.event.EventEntry.ParticipantEntry;
import org.eventline.event.EventEntry.PlaceEntry;
import org.eventline.location.LocationEntry;
import org.eventline.location.LocationEntry.Point;
import org.eventline.source.SourceEntry;
import org.eventline.support.Api;
import org.eventline.support.TestEvents;
import org.eventline.vocabulary.ActorKind;
import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.EventStatus;
import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;
import org.eventline.vocabulary.LocationRole;
import org.eventline.vocabulary.SourceKind;

/**
 * Pages read through the timelines of V012 (per envelope length, per actor, per place) list
 * exactly the events the filter's definition selects, in order, across pages; and the triggers
 * keep the actor and place timelines right when links, dates or the place hierarchy change.
 */
@QuarkusTest
class EventTimelinesTest {

    /** Envelope lengths in days across every span class, null for open-ended. */
    private static final Integer[] SPANS = {0, 0, 2, 6, 7, 8, 25, 31, 32, 60, 92, 93, 200, 364, 366, 367, 800, null};
    private static final int EVENTS = 54;

    @Inject
    DatasetImporter importer;
    @Inject
    EntityManager entityManager;

    private String tag;
    private String word;
    private LocalDate first;
    private final List<Expected> events = new ArrayList<>();

    private record Expected(UUID id, LocalDate start, LocalDate end, boolean withActorA, boolean inRegion) {

        boolean overlaps(LocalDate from, LocalDate to) {
            return (to == null || !start.isAfter(to)) && (from == null || end == null || !end.isBefore(from));
        }

        boolean within(LocalDate from, LocalDate to) {
            return !start.isBefore(from) && end != null && !end.isAfter(to);
        }
    }

    @BeforeEach
    void importBatch() {
        int year = TestEvents.freshYear();
        tag = "tl" + year + "-" + UUID.randomUUID().toString().substring(0, 8);
        // a word of letters only, found by full-text search in this batch alone
        word = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        first = LocalDate.of(year, 1, 1);
        List<EventEntry> entries = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            // distinct start days, so the order by (start, id) never depends on ids
            LocalDate start = first.plusDays(i * 17L % 900);
            Integer span = SPANS[i % SPANS.length];
            LocalDate end = span == null ? null : start.plusDays(span);
            boolean withActorA = i % 2 == 0;
            boolean inRegion = i % 3 != 0;
            String edtf = start + "/" + (end == null ? ".." : end.toString());
            UUID id = UUID.randomUUID();
            events.add(new Expected(id, start, end, withActorA, inRegion));
            List<ParticipantEntry> actors = withActorA
                    ? List.of(new ParticipantEntry(tag + "-b", ActorRole.PERPETRATOR), new ParticipantEntry(tag + "-a", ActorRole.TARGET))
                    : List.of(new ParticipantEntry(tag + "-b", ActorRole.PERPETRATOR));
            String place = inRegion ? tag + "-town" : tag + "-elsewhere";
            // sieges: the open ones overlap every later year, and no other test counts sieges in its own year
            entries.add(new EventEntry(id, tag + "/event-" + i, "siege", "Timeline test " + i,
                    "Siege near the " + word + " depot.", end == null ? EventStatus.ONGOING : EventStatus.OCCURRED,
                    new DateEntry(edtf, null, null, null, null, null), place, List.of(new PlaceEntry(place, LocationRole.SITE)),
                    actors, List.of(), List.of(), List.of(new CitationEntry(tag + "-report", null)), List.of()));
        }
        importer.importDocument(new DatasetDocument(tag,
                List.of(new SourceEntry(null, tag + "-report", SourceKind.NEWS_ARTICLE, "Test Wire", "Report " + tag,
                        "https://example.org/" + tag, first, "en", null)),
                List.of(new ActorEntry(null, tag + "-a", "Actor A " + tag, ActorKind.ARMED_GROUP, List.of(), null, null, null),
                        new ActorEntry(null, tag + "-b", "Actor B " + tag, ActorKind.ARMED_FORCES, List.of(), null, null, null)),
                List.of(place(tag + "-region", LocationKind.GOVERNORATE, null),
                        place(tag + "-town", LocationKind.CITY, tag + "-region"),
                        place(tag + "-other-region", LocationKind.GOVERNORATE, null),
                        place(tag + "-elsewhere", LocationKind.CITY, tag + "-other-region")),
                entries));
    }

    @Test
    void everyScopeAndWindowListsExactlyTheOverlappingEventsInOrder() {
        Random random = new Random(tag.hashCode());
        for (int round = 0; round < 12; round++) {
            LocalDate from = random.nextInt(6) == 0 ? null : first.plusDays(random.nextInt(1200) - 200);
            LocalDate to = random.nextInt(6) == 0 ? null : (from == null ? first : from).plusDays(random.nextInt(400));
            String period = (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to);
            Predicate<Expected> inPeriod = event -> event.overlaps(from, to);
            int pageSize = 2 + random.nextInt(6);
            assertListed("actor=" + tag + "-a" + period, inPeriod.and(Expected::withActorA), pageSize);
            assertListed("actor=" + tag + "-b" + period, inPeriod, pageSize);
            assertListed("location=" + tag + "-region" + period, inPeriod.and(Expected::inRegion), pageSize);
            assertListed("q=" + word + period, inPeriod, pageSize);
            assertListed("type=siege&q=" + word + period, inPeriod, pageSize);
        }
    }

    @Test
    void withinMatchesOnlyEnvelopesInsideThePeriod() {
        LocalDate from = first.plusDays(100);
        LocalDate to = first.plusDays(500);
        assertListed("q=" + word + "&from=" + from + "&to=" + to + "&date_match=within", event -> event.within(from, to), 4);
        assertListed("actor=" + tag + "-a&from=" + from + "&to=" + to + "&date_match=within",
                event -> event.withActorA() && event.within(from, to), 3);
    }

    @Test
    void movingAPlaceMovesItsEventsToTheNewRegionsTimeline() {
        execute("update location set parent_id = (select id from location where slug = '" + tag + "-other-region')"
                + " where slug = '" + tag + "-town'");

        assertTrue(Api.events("location=" + tag + "-region").isEmpty(), "nothing is left inside the old region");
        assertEquals(EVENTS, Api.events("location=" + tag + "-other-region").size());
    }

    @Test
    void changedDatesAndRemovedLinksAreFollowedByTheTimelines() {
        Expected moved = events.get(1);
        LocalDate newDay = first.plusYears(5);
        execute("update event set date_start = date '" + newDay + "', date_end = date '" + newDay + "' where id = '" + moved.id() + "'");
        events.set(1, new Expected(moved.id(), newDay, newDay, moved.withActorA(), moved.inRegion()));
        assertListed("actor=" + tag + "-b&from=" + newDay + "&to=" + newDay, event -> event.overlaps(newDay, newDay), 2);
        assertTrue(events.get(1).overlaps(newDay, newDay));

        Expected unlinked = events.get(0);
        execute("delete from event_actor where event_id = '" + unlinked.id() + "' and actor_id = (select id from actor where slug = '"
                + tag + "-a')");
        assertFalse(ids(Api.events("actor=" + tag + "-a")).contains(unlinked.id().toString()));
        assertTrue(ids(Api.events("actor=" + tag + "-b")).contains(unlinked.id().toString()), "its other actor still lists it");
    }

    @Test
    void theDatabasesSpanClassesHaveTheLongestSpansThePagesAssume() {
        LocalDate from = LocalDate.of(2016, 10, 14);
        DateSpanClass[] classes = DateSpanClass.values();
        for (int span = 0; span <= 800; span++) {
            LocalDate start = from.minusDays(span);
            Number stored = (Number) entityManager.createNativeQuery("select event_date_span_class(cast(:start as date), cast(:end as date))")
                    .setParameter("start", start).setParameter("end", from).getSingleResult();
            DateSpanClass spanClass = classes[stored.intValue()];
            // an envelope ending on "from" overlaps it: its class's range must reach back to its start...
            LocalDate earliest = spanClass.earliestStartOverlapping(from);
            assertTrue(earliest == null || !start.isBefore(earliest), "span of " + span + " days in " + spanClass);
            // ...and it is in the first class whose range does
            if (spanClass.ordinal() > 0) {
                LocalDate previous = classes[spanClass.ordinal() - 1].earliestStartOverlapping(from);
                assertTrue(previous != null && start.isBefore(previous), "span of " + span + " days not in an earlier class");
            }
        }
        Number open = (Number) entityManager.createNativeQuery("select event_date_span_class(current_date, null)").getSingleResult();
        assertEquals(DateSpanClass.LONG.code(), open.shortValue());
    }

    private void assertListed(String query, Predicate<Expected> selected, int pageSize) {
        List<Object> expected = events.stream().filter(selected).sorted(Comparator.comparing(Expected::start))
                .map(event -> (Object) event.id().toString()).toList();
        assertEquals(expected, ids(Api.events(query, pageSize)), query + " ascending, pages of " + pageSize);
        // an export reads its chunks through the same timelines, documents read in the scan
        assertEquals(expected, given().get("/api/v1/events?format=geojson&" + query).then().statusCode(200)
                .extract().jsonPath().getList("features.id"), query + " exported");
        List<Object> reversed = new ArrayList<>(expected);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, ids(Api.events(query + "&sort=-date", pageSize)), query + " newest first, pages of " + pageSize);
    }

    private static List<Object> ids(List<java.util.Map<String, Object>> items) {
        return items.stream().map(item -> item.get("id")).toList();
    }

    private void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql).executeUpdate());
    }

    private static LocationEntry place(String slug, LocationKind kind, String parent) {
        return new LocationEntry(null, slug, slug, kind, parent, List.of(), new Point(36.0, 36.0),
                kind == LocationKind.CITY ? LocationPrecision.TOWN : LocationPrecision.REGION, null);
    }
}
