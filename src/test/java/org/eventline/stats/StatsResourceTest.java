package org.eventline.stats;

import static io.restassured.RestAssured.given;
import static org.eventline.support.Api.events;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.TestEvents;

/** GET /stats/timeline: buckets, groups, and agreement with /events under the same filters. */
@QuarkusTest
class StatsResourceTest {

    private static final String AUTUMN_2016 = "from=2016-09&to=2016-10";
    private static final String CURATED = "from=2011&to=2016";

    @Inject
    DatasetImporter importer;

    @Test
    void monthBucketsCoverFromToWithCalendarLabels() {
        JsonPath timeline = timeline(AUTUMN_2016 + "&interval=month");
        assertEquals("month", timeline.getString("interval"));
        List<Map<String, Object>> buckets = timeline.getList("buckets");
        assertEquals(2, buckets.size());
        assertEquals("2016-09-01", buckets.get(0).get("start"));
        assertEquals("2016-09-30", buckets.get(0).get("end"));
        assertEquals("September 2016", buckets.get(0).get("label"));
        assertEquals("2016-10-01", buckets.get(1).get("start"));
        assertEquals("2016-10-31", buckets.get(1).get("end"));
        assertEquals("October 2016", buckets.get(1).get("label"));
        assertNull(timeline.get("group_by"));
        assertNotNull(timeline.getString("counted_by"));
    }

    @Test
    void monthIsTheDefaultInterval() {
        assertEquals(timeline(AUTUMN_2016 + "&interval=month").getList("buckets"), timeline(AUTUMN_2016).getList("buckets"));
    }

    @Test
    void bucketTotalsAddUpToTheEventsMatchingTheSameFilters() {
        List<String> filters = List.of("", "type=air_strike", "type=diplomacy", "type=talks,offer", "location=east-aleppo",
                "location=aleppo&type=attack_on_medical_facility", "actor=russia", "actor=sergey-lavrov&actor=john-kerry",
                "actor=russia&actor_role=initiator", "q=hospital", "q=aleppo&type=air_strike", "status=ongoing",
                "date_match=within", "bbox=36.9,36.0,37.4,36.4");
        for (String period : List.of(AUTUMN_2016, CURATED, "from=2016-10-13&to=2016-10-15")) {
            for (String filter : filters) {
                String query = period + (filter.isEmpty() ? "" : "&" + filter);
                for (String interval : List.of("month", "week", "day")) {
                    if (interval.equals("day") && period.equals(CURATED)) {
                        continue;
                    }
                    JsonPath timeline = timeline(query + "&interval=" + interval);
                    long sum = timeline.getList("buckets.total", Number.class).stream().mapToLong(Number::longValue).sum();
                    long matching = eventCount(query);
                    assertEquals(matching, sum, "bucket totals of " + query + " by " + interval);
                    assertEquals(matching, timeline.getLong("total"), "total of " + query + " by " + interval);
                }
            }
        }
    }

    @Test
    void groupByTypeSplitsEachBucketIntoCountsThatAddUpToItsTotal() {
        JsonPath timeline = timeline(AUTUMN_2016 + "&group_by=type");
        assertEquals("type", timeline.getString("group_by"));
        assertEachBucketIsTheSumOfItsGroups(timeline);
        Map<String, String> labels = given().get("/api/v1/event-types").then().statusCode(200).extract().jsonPath()
                .getList("items", Map.class).stream()
                .collect(Collectors.toMap(type -> (String) type.get("code"), type -> (String) type.get("label")));
        Map<String, Long> byType = new HashMap<>();
        for (Map<String, Object> bucket : buckets(timeline)) {
            for (Map<String, Object> group : groups(bucket)) {
                String code = (String) group.get("key");
                assertEquals(labels.get(code), group.get("label"), "label of " + code);
                byType.merge(code, ((Number) group.get("count")).longValue(), Long::sum);
            }
        }
        assertTrue(byType.containsKey("air_strike"));
        for (var entry : byType.entrySet()) {
            assertEquals(eventCount(AUTUMN_2016 + "&type=" + entry.getKey()), entry.getValue(), "events of " + entry.getKey());
        }
    }

    @Test
    void groupByCategoryAddsUpToTheBucketTotals() {
        JsonPath timeline = timeline(CURATED + "&interval=year&group_by=category");
        assertEachBucketIsTheSumOfItsGroups(timeline);
        long diplomacy = buckets(timeline).stream().flatMap(bucket -> groups(bucket).stream())
                .filter(group -> group.get("key").equals("diplomacy"))
                .mapToLong(group -> ((Number) group.get("count")).longValue()).sum();
        assertEquals(eventCount(CURATED + "&type=diplomacy"), diplomacy);
    }

    @Test
    void groupByActorUsesActorSlugsAsKeysAndNamesAsLabels() {
        JsonPath timeline = timeline(AUTUMN_2016 + "&group_by=actor");
        assertEquals("actor", timeline.getString("group_by"));
        Map<String, Long> byActor = new HashMap<>();
        for (Map<String, Object> bucket : buckets(timeline)) {
            long total = ((Number) bucket.get("total")).longValue();
            for (Map<String, Object> group : groups(bucket)) {
                String slug = (String) group.get("key");
                String name = given().get("/api/v1/actors/" + slug).then().statusCode(200).extract().path("name");
                assertEquals(name, group.get("label"), "label of " + slug);
                long count = ((Number) group.get("count")).longValue();
                assertTrue(count <= total, "an actor's count is at most its bucket's total");
                byActor.merge(slug, count, Long::sum);
            }
        }
        assertEquals(eventCount(AUTUMN_2016 + "&actor=sergey-lavrov"), byActor.get("sergey-lavrov"));
        assertEquals(eventCount(AUTUMN_2016 + "&actor=russia"), byActor.get("russia"));
        assertThat(timeline.getList("buckets[1].groups.label"), hasItem("Sergey Lavrov"));
    }

    @Test
    void groupByActorWithARoleCountsOnlyTheActorsInThatRole() {
        String query = AUTUMN_2016 + "&actor=russia&actor_role=initiator";
        JsonPath timeline = timeline(query + "&group_by=actor");
        long russia = buckets(timeline).stream().flatMap(bucket -> groups(bucket).stream())
                .filter(group -> group.get("key").equals("russia"))
                .mapToLong(group -> ((Number) group.get("count")).longValue()).sum();
        assertEquals(eventCount(query), russia);
    }

    @Test
    void groupByLocationUsesNoneForEventsWithoutAPrimaryPlace() {
        JsonPath timeline = timeline(AUTUMN_2016 + "&group_by=location");
        assertEachBucketIsTheSumOfItsGroups(timeline);
        Map<String, Long> byPlace = new HashMap<>();
        for (Map<String, Object> bucket : buckets(timeline)) {
            for (Map<String, Object> group : groups(bucket)) {
                byPlace.merge((String) group.get("key"), ((Number) group.get("count")).longValue(), Long::sum);
            }
        }
        List<Map<String, Object>> events = events(AUTUMN_2016);
        long withoutPlace = events.stream().filter(event -> event.get("location") == null).count();
        assertTrue(withoutPlace > 0, "the curated set has events without a primary place");
        assertEquals(withoutPlace, byPlace.get("none"));
        Map<String, Long> byPrimaryPlace = events.stream().filter(event -> event.get("location") != null)
                .collect(Collectors.groupingBy(event -> (String) ((Map<?, ?>) event.get("location")).get("slug"),
                        Collectors.counting()));
        byPlace.remove("none");
        assertEquals(byPrimaryPlace, byPlace, "other keys are the slugs of primary places");
        assertThat(timeline.getList("buckets[1].groups.label"), hasItem("East Aleppo"));
    }

    @Test
    void anEventThatBeganBeforeFromIsCountedInTheFirstBucket() {
        JsonPath war = timeline(AUTUMN_2016 + "&type=armed_conflict");
        assertEquals(List.of(1, 0), war.getList("buckets.total"));
        JsonPath warByDay = timeline("from=2016-10-14&to=2016-10-16&interval=day&type=armed_conflict&group_by=type");
        assertEquals(List.of(1, 0, 0), warByDay.getList("buckets.total"));
        assertEquals(List.of("armed_conflict"), warByDay.getList("buckets[0].groups.key"));
        // the offensive began on 21 September: in September from 2016-09, in the first bucket from 2016-10
        assertEquals(List.of(1, 0), timeline(AUTUMN_2016 + "&type=offensive&location=east-aleppo").getList("buckets.total"));
        assertEquals(List.of(1, 0), timeline("from=2016-10&to=2016-11&type=offensive&location=east-aleppo")
                .getList("buckets.total"));
    }

    @Test
    void weekBucketsStartOnMondays() {
        List<Map<String, Object>> weeks = buckets(timeline(AUTUMN_2016 + "&interval=week"));
        assertEquals(LocalDate.of(2016, 8, 29), LocalDate.parse((String) weeks.get(0).get("start")), "the week of 1 September");
        assertEquals(LocalDate.of(2016, 10, 31), LocalDate.parse((String) weeks.get(weeks.size() - 1).get("start")),
                "the week of 31 October");
        LocalDate expected = LocalDate.of(2016, 8, 29);
        for (Map<String, Object> week : weeks) {
            LocalDate start = LocalDate.parse((String) week.get("start"));
            assertEquals(expected, start, "consecutive weeks");
            assertEquals(DayOfWeek.MONDAY, start.getDayOfWeek());
            assertEquals(start.plusDays(6), LocalDate.parse((String) week.get("end")));
            expected = start.plusWeeks(1);
        }
    }

    @Test
    void eachEventIsCountedInTheDayAndWeekOfItsFirstDay() {
        int year = TestEvents.freshYear();
        DatasetDocument batch = TestEvents.batch(year, 10);
        importer.importDocument(batch);
        String january = "from=" + year + "-01-01&to=" + year + "-01-31&type=air_strike";

        List<Integer> days = timeline(january + "&interval=day").getList("buckets.total");
        assertEquals(31, days.size());
        for (int day = 0; day < 31; day++) {
            assertEquals(day < 10 ? 1 : 0, days.get(day), "events on " + LocalDate.of(year, 1, day + 1));
        }

        for (Map<String, Object> week : buckets(timeline(january + "&interval=week"))) {
            LocalDate start = LocalDate.parse((String) week.get("start"));
            assertEquals(DayOfWeek.MONDAY, start.getDayOfWeek());
            long expected = start.datesUntil(start.plusWeeks(1))
                    .filter(day -> day.getYear() == year && day.getMonthValue() == 1 && day.getDayOfMonth() <= 10)
                    .count();
            assertEquals(expected, ((Number) week.get("total")).longValue(), "events in the week of " + start);
        }

        JsonPath byActor = timeline(january + "&group_by=actor");
        var actor = batch.actors().get(0);
        assertEquals(List.of(actor.slug()), byActor.getList("buckets[0].groups.key"));
        assertEquals(List.of(actor.name()), byActor.getList("buckets[0].groups.label"));
        assertEquals(List.of(10), byActor.getList("buckets[0].groups.count"));
    }

    @Test
    void anEmptyResultWithFromAndToGivesZeroFilledBuckets() {
        JsonPath past = timeline("from=1900-01&to=1900-03");
        assertEquals(0, past.getLong("total"));
        assertEquals(List.of("1900-01-01", "1900-02-01", "1900-03-01"), past.getList("buckets.start"));
        assertEquals(List.of("January 1900", "February 1900", "March 1900"), past.getList("buckets.label"));
        assertEquals(List.of(0, 0, 0), past.getList("buckets.total"));

        // within: an open-ended shelling event another test left (ongoing since 2016) overlaps every later year
        int year = TestEvents.freshYear();
        JsonPath none = timeline("from=" + year + "&to=" + year + "&date_match=within&type=shelling&group_by=type");
        assertEquals(12, none.getList("buckets").size());
        for (Map<String, Object> bucket : buckets(none)) {
            assertEquals(0, ((Number) bucket.get("total")).intValue());
            assertThat(groups(bucket), empty());
        }

        assertThat(timeline("q=zzzznotaword&from=2016&to=2016&interval=year").getList("buckets.total"), is(List.of(0)));
    }

    @Test
    void aDayIntervalOverACenturyIsRefusedNamingInterval() {
        given().get("/api/v1/stats/timeline?from=1950&to=2049&interval=day")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", is("interval"));
        given().get("/api/v1/stats/timeline?from=1950&to=2049&interval=year").then().statusCode(200);
    }

    @Test
    void unknownIntervalGroupByOrParameterIsA400() {
        given().get("/api/v1/stats/timeline?" + AUTUMN_2016 + "&group_by=weather")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", is("group_by"))
                .body("errors[0].message", containsString("actor"));
        given().get("/api/v1/stats/timeline?" + AUTUMN_2016 + "&interval=fortnight")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", is("interval"));
        given().get("/api/v1/stats/timeline?" + AUTUMN_2016 + "&bucket=month")
                .then().statusCode(400)
                .body("errors[0].parameter", is("bucket"));
        given().get("/api/v1/stats/timeline?from=2016-10&to=2016-09")
                .then().statusCode(400)
                .body("errors[0].parameter", is("from"));
        given().get("/api/v1/stats/timeline?" + AUTUMN_2016 + "&type=not_a_type")
                .then().statusCode(400)
                .body("errors[0].parameter", is("type"));
    }

    private static void assertEachBucketIsTheSumOfItsGroups(JsonPath timeline) {
        for (Map<String, Object> bucket : buckets(timeline)) {
            long groupSum = groups(bucket).stream().mapToLong(group -> ((Number) group.get("count")).longValue()).sum();
            assertEquals(((Number) bucket.get("total")).longValue(), groupSum, "groups of the bucket " + bucket.get("start"));
        }
    }

    @Test
    void dayCountsAnswerExactlyAsCountingTheEventsDoes() {
        int year = TestEvents.freshYear();
        importer.importDocument(TestEvents.batch(year, 40));
        // a status filter (here: every status) makes the service count the events themselves
        String countingEvents = "&status=occurred,ongoing,planned,cancelled";
        for (String query : List.of("from=2011&to=2016&interval=year", "from=2016-09-20&to=2016-10-20&interval=day&group_by=type",
                "from=2016-10&to=2016-10&interval=week&group_by=category", "to=2016-10-13&interval=month",
                "from=2016-10-14&to=2030&interval=year&group_by=type", "from=2012-06-01&to=2016-10-14&interval=month&type=air_strike,siege",
                "from=" + year + "&to=" + year + "&interval=month&group_by=type")) {
            assertEquals(buckets(timeline(query + countingEvents)), buckets(timeline(query)), query);
        }
    }

    private static JsonPath timeline(String query) {
        return given().get("/api/v1/stats/timeline?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> buckets(JsonPath timeline) {
        return timeline.getList("buckets");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groups(Map<String, Object> bucket) {
        return (List<Map<String, Object>>) bucket.get("groups");
    }

    private static long eventCount(String query) {
        return given().get("/api/v1/events?limit=1&count=true&" + query).then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }
}
