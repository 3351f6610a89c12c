package org.eventline.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eventline.claim.ClaimFilter;
import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.event.DateMatch;
import org.eventline.event.EventFilter;
import org.eventline.imports.OwnDatabaseProfile;
import org.eventline.stats.FigureRepository.Sums;
import org.eventline.support.TestEvents;
import org.eventline.support.Tokens;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;

/**
 * The per-day figures (V024, FigureDayQuery) give the same sums as the claims themselves
 * (FigureRepository.claimSums): on the UCDP file, whose events span days to months, over varied
 * periods, types and series fields; and on events whose day, type and claims change or that are
 * deleted, which the triggers must follow.
 */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
class FigureDayFiguresTest {

    private static boolean imported;

    @Inject
    FigureRepository repository;
    @Inject
    DatasetImporter importer;

    @BeforeEach
    void importTheUcdpFile() {
        if (imported) {
            return;
        }
        // loading it again (after UcdpFiguresTest) replaces every claim: the triggers' delete and insert paths
        given().auth().oauth2(Tokens.editor()).contentType("text/csv; charset=utf-8").body(ucdpFile())
                .post("/api/v1/imports?format=ucdp-ged").then().statusCode(200).body("rejected", equalTo(0));
        imported = true;
    }

    @Test
    void perDayFiguresEqualTheClaimsSumsOverVariedFilters() {
        List<UUID> claimants = claimants(filter(null, null, List.of(), List.of(), List.of(), List.of()));
        assertThat(claimants.size(), greaterThan(0));
        List<ClaimFilter> filters = new ArrayList<>();
        filters.add(filter(null, null, List.of(), List.of(), List.of(), List.of()));
        filters.add(filter("2016-01-01", "2016-12-31", List.of(), claimants, List.of(), List.of()));
        filters.add(filter("2016-10-01", "2016-10-31", List.of(), List.of(), List.of("best"), List.of()));
        filters.add(filter("2017-03-15", null, List.of("armed_clash", "air_strike"), List.of(), List.of("low", "none"), List.of()));
        filters.add(filter(null, "2017-06-30", List.of(), claimants.subList(0, 1), List.of("none"), List.of()));
        filters.add(filter("2018-02-10", "2018-05-20", List.of(), List.of(), List.of(),
                List.of(ClaimGroup.CIVILIANS, ClaimGroup.UNKNOWN_STATUS)));
        for (ClaimFilter filter : filters) {
            for (TimelineInterval interval : TimelineInterval.values()) {
                assertSameSums(filter, interval);
            }
        }
    }

    @Test
    void perDayFiguresFollowEventsThatMoveChangeTheirClaimsOrAreDeleted() {
        int year = TestEvents.freshYear();
        DatasetDocument batch = TestEvents.batch(year, 6);
        importer.importDocument(batch);
        String tag = batch.events().get(0).key().split("/")[0];
        ClaimFilter wholeYear = filter(year + "-01-01", year + "-12-31", List.of(), List.of(), List.of(), List.of());
        ClaimFilter fromMarch = filter(year + "-03-01", null, List.of("shelling"), List.of(), List.of(), List.of());
        List<Sums> before = assertSameSums(wholeYear, TimelineInterval.MONTH);

        // two claims of one series (one event), one without a number, another claimant; a new day and type
        String moved = batch.events().get(0).id().toString();
        patch(moved, Map.of("date", Map.of("edtf", year + "-02-27/" + year + "-03-04"), "type", "shelling", "claims",
                List.of(claim(tag, tag + "-force", 4L, 4L), claim(tag, tag + "-force", 9L, null), claim(tag, tag + "-force", null, null),
                        claim(tag, "ucdp", 2L, 5L))));
        assertThat(assertSameSums(wholeYear, TimelineInterval.MONTH), not(equalTo(before)));
        assertSameSums(fromMarch, TimelineInterval.WEEK);
        // begins before the period, overlaps it: counted in its first bucket
        patch(batch.events().get(1).id().toString(), Map.of("date", Map.of("edtf", year + "-02-20/" + year + "-03-10"),
                "type", "shelling"));
        assertSameSums(fromMarch, TimelineInterval.WEEK);
        assertSameSums(fromMarch, TimelineInterval.YEAR);
        patch(moved, Map.of("claims", List.of(claim(tag, tag + "-force", 1L, 2L))));
        assertSameSums(wholeYear, TimelineInterval.DAY);

        for (int i : new int[] {0, 1, 2}) {
            String id = batch.events().get(i).id().toString();
            String etag = given().get("/api/v1/events/" + id).header("ETag");
            given().auth().oauth2(Tokens.admin()).header("If-Match", etag).delete("/api/v1/events/" + id).then().statusCode(204);
        }
        assertSameSums(wholeYear, TimelineInterval.MONTH);
        assertSameSums(fromMarch, TimelineInterval.MONTH);
    }

    private List<Sums> assertSameSums(ClaimFilter filter, TimelineInterval interval) {
        assertThat(FigureDayQuery.answers(filter, null), equalTo(true));
        List<Sums> fromClaims = repository.claimSums(filter, interval, null);
        assertThat(filter + " by " + interval, repository.sums(filter, interval, null), equalTo(fromClaims));
        return fromClaims;
    }

    private List<UUID> claimants(ClaimFilter filter) {
        return repository.claimSums(filter, TimelineInterval.YEAR, null).stream().map(Sums::claimant).distinct().toList();
    }

    private static ClaimFilter filter(String from, String to, List<String> types, List<UUID> claimants, List<String> estimates,
            List<ClaimGroup> groups) {
        EventFilter events = new EventFilter(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                DateMatch.OVERLAPS, types, List.of(), null, List.of(), null, null, List.of(), null, null);
        return new ClaimFilter(events, List.of(ClaimMeasure.KILLED), groups, claimants, List.of(), List.of(), List.of(), estimates);
    }

    private static void patch(String id, Map<String, Object> changes) {
        String etag = given().get("/api/v1/events/" + id).header("ETag");
        given().auth().oauth2(Tokens.editor()).header("If-Match", etag).contentType("application/merge-patch+json; charset=utf-8")
                .body(changes).patch("/api/v1/events/" + id).then().statusCode(200);
    }

    private static Map<String, Object> claim(String tag, String claimant, Long min, Long max) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("measure", "killed");
        claim.put("group", "civilians");
        claim.put("min", min);
        claim.put("max", max);
        claim.put("qualifier", min == null ? "about" : max == null ? "at_least" : "exactly");
        if (min == null) {
            claim.put("reported_as", "dozens");
        }
        claim.put("attributed_to", claimant);
        claim.put("source", tag + "-report");
        claim.put("verification", "unverified");
        return claim;
    }

    private static byte[] ucdpFile() {
        try (InputStream in = new GZIPInputStream(FigureDayFiguresTest.class.getResourceAsStream("/ucdp/ged-syria-2016-2019.csv.gz"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
