package org.eventline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.eventline.actor.ActorRepository;
import org.eventline.dataset.DatasetImporter;
import org.eventline.history.EventRevisionRepository;
import org.eventline.location.LocationRepository;
import org.eventline.source.SourceRepository;
import org.eventline.support.TestEvents;

/**
 * A page costs a fixed number of SQL statements whatever its size: no N+1. Counted by Hibernate
 * statistics, which see every statement but the page's own: that one query over the stored event
 * documents (V011) runs through JDBC on the session's connection (EventRepository.findDocuments).
 */
@QuarkusTest
class QueryCostTest {

    /** Statements through Hibernate for a page: none (its one query is the JDBC statement). */
    private static final int MAX_STATEMENTS_PER_PAGE = 0;

    @Inject
    DatasetImporter importer;
    @Inject
    SessionFactory sessionFactory;
    @Inject
    ActorRepository actors;
    @Inject
    SourceRepository sources;
    @Inject
    LocationRepository locations;
    @Inject
    EventRepository events;
    @Inject
    EventRevisionRepository revisions;

    @Test
    void aPageOfFiftyCostsAsManyStatementsAsAPageOfFive() {
        int year = TestEvents.freshYear();
        importer.importDocument(TestEvents.batch(year, 60));
        String query = "/api/v1/events?from=" + year + "&to=" + year + "&date_match=within&limit=";

        long five = statementsFor(query + 5, 5);
        long fifty = statementsFor(query + 50, 50);

        assertEquals(five, fifty, "statements must not grow with the page size");
        assertTrue(fifty <= MAX_STATEMENTS_PER_PAGE, fifty + " statements for a page of 50");
    }

    /** The taxonomy is read once per run (it changes only with a migration), not for every filtered page. */
    @Test
    void aTypeOrCategoryFilterCostsNoStatementOfItsOwn() {
        int year = TestEvents.freshYear();
        importer.importDocument(TestEvents.batch(year, 6));
        String query = "/api/v1/events?from=" + year + "&to=" + year + "&date_match=within&limit=10";

        given().get(query + "&type=air_strike").then().statusCode(200); // the run's first read of the taxonomy
        long unfiltered = statementsFor(query, 6);
        assertEquals(unfiltered, statementsFor(query + "&type=air_strike", 6));
        assertEquals(unfiltered, statementsFor(query + "&type=remote_violence", 6));
    }

    @Test
    void aPageWithTheTotalCostsOneStatementMore() {
        int year = TestEvents.freshYear();
        importer.importDocument(TestEvents.batch(year, 12));
        String query = "/api/v1/events?from=" + year + "&to=" + year + "&date_match=within&limit=10";
        assertEquals(statementsFor(query, 10) + 1, statementsFor(query + "&count=true", 10));
    }

    /**
     * Reads reuse Hibernate's plan for their native SQL instead of making a new one each time. In
     * Hibernate 7.2 a native query given a result class (createNativeQuery(sql, UUID.class)) missed
     * the plan cache on every call, and the growing cache's lookups took 63 % of the app's CPU
     * samples under a load of by-id reads (src/bench). Without the class the plan is found.
     */
    @Test
    void repeatedReadsReuseTheirQueryPlans() {
        int year = TestEvents.freshYear();
        importer.importDocument(TestEvents.batch(year, 3));
        var first = given().get("/api/v1/events?from=" + year + "&to=" + year + "&limit=1").then().statusCode(200).extract();
        String eventId = first.path("items[0].id");
        String placeSlug = first.path("items[0].location.slug");
        List<String> reads = List.of("/api/v1/events/" + eventId, "/api/v1/events?from=" + year + "&limit=2",
                "/api/v1/actors?q=a&limit=2", "/api/v1/locations?q=a&limit=2", "/api/v1/sources?limit=2",
                "/api/v1/locations/" + placeSlug);
        reads.forEach(url -> given().get(url).then().statusCode(200));

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        for (int i = 0; i < 3; i++) {
            reads.forEach(url -> given().get(url).then().statusCode(200));
        }

        assertEquals(0, statistics.getQueryPlanCacheMissCount(), "plans made again for reads already answered");
        assertTrue(statistics.getQueryPlanCacheHitCount() >= 3 * reads.size(), statistics.getQueryPlanCacheHitCount() + " plan cache hits");
    }

    /** The same for the queries writes use to find the events a changed record shows, or retired keys. */
    @Test
    void writeUpkeepQueriesReuseTheirPlans() {
        UUID id = UUID.randomUUID();
        Runnable upkeep = () -> QuarkusTransaction.requiringNew().run(() -> {
            actors.findEventsShowing(id);
            sources.findEventsShowing(id);
            locations.findEventsShowing(id);
            events.findRelating(id);
            revisions.findRetiredKeys(List.of("none"));
            revisions.findRetiredIds(List.of(id));
        });
        upkeep.run();

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        upkeep.run();
        upkeep.run();

        assertEquals(0, statistics.getQueryPlanCacheMissCount(), "plans made again for queries already run");
    }

    private long statementsFor(String url, int expectedItems) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().get(url).then().statusCode(200).body("items.size()", is(expectedItems));
        return statistics.getPrepareStatementCount();
    }
}
