package org.eventline.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.eventline.figure.ClaimFigure;
import org.eventline.imports.OwnDatabaseProfile;
import org.eventline.support.Tokens;

/**
 * The UCDP GED Syria file imported, then /stats/figures and /claims give the file's own sums, computed
 * here from the CSV: Aleppo town, Aleppo governorate with everything inside, all of Syria, in October
 * 2016, by overlaps and within, for UCDP's best, low and high estimates. The SQL of the sums is checked
 * against the counting rule (ClaimFigure) on the claims /claims lists.
 */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
class UcdpFiguresTest {

    private static final LocalDate OCTOBER = LocalDate.of(2016, 10, 1);
    private static final LocalDate OCTOBER_END = LocalDate.of(2016, 10, 31);
    private static List<Map<String, String>> rows;

    /** A place as the API names it, and the file's rows of events there (or anywhere inside it). */
    private record Place(String slug, Predicate<Map<String, String>> holds) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("aleppo-town-jabal-saman", row -> row.get("where_coordinates").equals("Aleppo town")
                    && row.get("adm_2").equals("Jabal Saman district") && !List.of("3", "4", "6").contains(row.get("where_prec"))),
            new Place("aleppo-governorate", row -> row.get("adm_1").equals("Aleppo Governorate") && !row.get("where_prec").equals("6")),
            new Place("syria", row -> true));

    @BeforeEach
    void importTheFileOnce() {
        if (rows != null) {
            return;
        }
        byte[] file = ucdpFile();
        given().auth().oauth2(Tokens.editor()).contentType("text/csv; charset=utf-8").body(file)
                .post("/api/v1/imports?format=ucdp-ged").then().statusCode(200).body("rejected", equalTo(0));
        rows = read(file);
    }

    @Test
    void theFilesOwnFactsHoldForAleppoTownInOctober2016() {
        Predicate<Map<String, String>> town = PLACES.get(0).holds();
        List<Map<String, String>> byStartDay = rows.stream().filter(town)
                .filter(row -> !start(row).isBefore(OCTOBER) && !start(row).isAfter(OCTOBER_END)).toList();
        assertThat(byStartDay.size(), equalTo(80));
        assertThat(sum(byStartDay, "best"), equalTo(728L));
        assertThat(sum(byStartDay, "low"), equalTo(716L));
        assertThat(sum(byStartDay, "high"), equalTo(760L));
        assertThat(sum(inOctober(town, "overlaps"), "best"), equalTo(732L));
        assertThat(inOctober(town, "overlaps").size(), equalTo(81));
        assertThat(sum(inOctober(town, "within"), "best"), equalTo(594L));
    }

    @Test
    void figuresEqualTheFilesSumsPerPlacePeriodAndEstimate() {
        for (Place place : PLACES) {
            for (String dateMatch : List.of("overlaps", "within")) {
                List<Map<String, String>> expected = inOctober(place.holds(), dateMatch);
                for (String estimate : List.of("best", "low", "high")) {
                    String query = "measure=killed&group=people&attributed_to=ucdp&estimate=" + estimate + "&location=" + place.slug()
                            + "&from=2016-10&to=2016-10&date_match=" + dateMatch;
                    String what = place.slug() + " " + dateMatch + " " + estimate;
                    JsonPath figures = given().get("/api/v1/stats/figures?" + query).then().statusCode(200).extract().jsonPath();
                    assertThat(what, figures.getList("buckets.start"), equalTo(List.of("2016-10-01")));
                    assertThat(what, figures.getList("series.key"), equalTo(List.of("ucdp:" + estimate + ":people")));
                    Map<String, Object> october = figures.getMap("buckets[0].series[0]");
                    assertThat(what, ((Number) october.get("min_sum")).longValue(), equalTo(sum(expected, estimate)));
                    assertThat(what, ((Number) october.get("max_sum")).longValue(), equalTo(sum(expected, estimate)));
                    assertThat(what, october.get("events"), equalTo(expected.size()));
                    assertThat(what, october.get("claims"), equalTo(expected.size()));

                    List<Map<String, Object>> claims = allClaims(query, 500);
                    assertThat(what, claims.size(), equalTo(expected.size()));
                    assertThat(what, claims.stream().mapToLong(c -> figure(c).lower()).sum(), equalTo(sum(expected, estimate)));
                    assertThat(what, csvSum(query, "min", "max"), equalTo(sum(expected, estimate)));
                }
            }
        }
    }

    @Test
    void theSqlSumsFollowTheCountingRuleForEverySeries() {
        // every UCDP claim of deaths in Aleppo governorate in October 2016: about, at_least (min only), as_many_as (max only)
        String query = "measure=killed&attributed_to=ucdp&location=aleppo-governorate&from=2016-10&to=2016-10";
        Map<String, long[]> bySeries = new TreeMap<>();
        Map<String, Set<Object>> events = new HashMap<>();
        for (Map<String, Object> claim : allClaims(query, 500)) {
            String key = "ucdp:" + orNone(claim.get("estimate")) + ":" + orNone(claim.get("group"));
            ClaimFigure figure = figure(claim);
            long[] sums = bySeries.computeIfAbsent(key, k -> new long[3]);
            sums[0] += figure.lower() == null ? 0 : figure.lower();
            sums[1] += figure.upper() == null ? 0 : figure.upper();
            sums[2]++;
            events.computeIfAbsent(key, k -> new HashSet<>()).add(((Map<?, ?>) claim.get("event")).get("id"));
        }
        JsonPath figures = given().get("/api/v1/stats/figures?" + query).then().statusCode(200).extract().jsonPath();
        assertThat(figures.getList("series.key"), equalTo(List.copyOf(bySeries.keySet())));
        assertThat(figures.getList("series.key"), hasItem("ucdp:best:unknown_status"));
        List<Map<String, Object>> october = figures.getList("buckets[0].series");
        for (Map<String, Object> series : october) {
            long[] expected = bySeries.get((String) series.get("key"));
            assertThat(series.get("key") + " min_sum", ((Number) series.get("min_sum")).longValue(), equalTo(expected[0]));
            assertThat(series.get("key") + " max_sum", ((Number) series.get("max_sum")).longValue(), equalTo(expected[1]));
            assertThat(series.get("key") + " claims", ((Number) series.get("claims")).longValue(), equalTo(expected[2]));
            assertThat(series.get("key") + " events", series.get("events"), equalTo(events.get((String) series.get("key")).size()));
        }
    }

    @Test
    void groupsSplitEachSeriesByTheGovernorateContainingThePlace() {
        String query = "measure=killed&group=people&attributed_to=ucdp&estimate=best&location=syria&from=2016-10&to=2016-10"
                + "&group_by=governorate";
        JsonPath figures = given().get("/api/v1/stats/figures?" + query).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> groups = figures.getList("buckets[0].series[0].groups");
        long total = groups.stream().mapToLong(group -> ((Number) group.get("min_sum")).longValue()).sum();
        assertThat(total, equalTo(((Number) figures.get("buckets[0].series[0].min_sum")).longValue()));
        Map<String, Object> aleppo = groups.stream().filter(group -> group.get("key").equals("aleppo-governorate")).findFirst().orElseThrow();
        assertThat(((Number) aleppo.get("min_sum")).longValue(), equalTo(sum(inOctober(PLACES.get(1).holds(), "overlaps"), "best")));
    }

    @Test
    void emptyBucketsListEverySeriesWithZeros() {
        JsonPath figures = given().get("/api/v1/stats/figures?measure=killed&group=people&attributed_to=ucdp"
                + "&location=aleppo-town-jabal-saman&from=2016-09&to=2016-12&interval=month").then().statusCode(200).extract().jsonPath();
        assertThat(figures.getList("buckets.start"), equalTo(List.of("2016-09-01", "2016-10-01", "2016-11-01", "2016-12-01")));
        assertThat(figures.getList("series.key"), equalTo(List.of("ucdp:best:people", "ucdp:high:people", "ucdp:low:people")));
        for (int i = 0; i < 4; i++) {
            assertThat(figures.getList("buckets[" + i + "].series.key"), equalTo(figures.getList("series.key")));
        }
        assertThat(figures.getString("counted_by"), startsWith("Each claim counts in one bucket"));
    }

    @Test
    void pagingThroughClaimsReturnsEveryClaimOnce() {
        // with from (one index range per envelope class, merged) and without (one scan of the chronology)
        for (String query : List.of("attributed_to=ucdp&location=aleppo-town-jabal-saman&from=2016-10&to=2016-10",
                "attributed_to=ucdp&to=2016-01-10")) {
            int total = given().get("/api/v1/claims?count=true&limit=1&" + query).then().statusCode(200).extract().path("total");
            for (String sort : List.of("date", "-date")) {
                List<Map<String, Object>> claims = allClaims(query + "&sort=" + sort, 37);
                Set<Object> ids = new HashSet<>();
                claims.forEach(claim -> ids.add(claim.get("id")));
                assertThat(query + " " + sort, claims.size(), equalTo(total));
                assertThat(query + " " + sort, ids.size(), equalTo(total));
            }
        }
        String query = "attributed_to=ucdp&location=aleppo-town-jabal-saman&from=2016-10&to=2016-10";
        List<Map<String, Object>> first = allClaims(query, 500);
        assertThat(first.stream().map(claim -> ((Map<?, ?>) claim.get("event")).get("id")).distinct().count(), equalTo(81L));
    }

    @Test
    void csvCellsOfNumbersAreNumbers() {
        String csv = given().get("/api/v1/claims?format=csv&attributed_to=ucdp&location=aleppo-town-jabal-saman&from=2016-10&to=2016-10")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment")).extract().asString();
        List<Map<String, String>> cells = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(cells.get(0).keySet().stream().toList().subList(0, 3), equalTo(List.of("event_id", "event_title", "event_type")));
        for (Map<String, String> row : cells) {
            for (String column : List.of("min", "max", "latitude", "longitude")) {
                String cell = row.get(column);
                assertThat(column, cell.isEmpty() || cell.matches("-?[0-9]+(\\.[0-9]+)?"), equalTo(true));
            }
        }
        assertThat(cells.stream().map(row -> row.get("attributed_to")).toList(), everyItem(equalTo("ucdp")));
    }

    @Test
    void everyBadParameterIsA400NamingIt() {
        given().get("/api/v1/stats/figures?interval=month").then().statusCode(400)
                .body("errors.parameter", hasItem("measure"));
        for (String bad : List.of("measure=killed&measure=injured", "measure=deaths")) {
            given().get("/api/v1/stats/figures?" + bad).then().statusCode(400).body("errors.parameter", hasItem("measure"));
        }
        Map<String, String> figureParameters = Map.of("group_by", "province", "interval", "hour", "estimate", "median",
                "attributed_to", "nobody-at-all", "group", "soldiers", "from", "2016-13");
        figureParameters.forEach((name, value) -> given().get("/api/v1/stats/figures?measure=killed&" + name + "=" + value)
                .then().statusCode(400).contentType("application/problem+json").body("errors.parameter", hasItem(name)));
        Map<String, String> claimParameters = Map.of("format", "xml", "sort", "figure", "limit", "501", "source", "no-such-source",
                "verification", "maybe", "qualifier", "roughly", "cursor", "abc", "count", "yes");
        claimParameters.forEach((name, value) -> given().get("/api/v1/claims?" + name + "=" + value)
                .then().statusCode(400).contentType("application/problem+json").body("errors.parameter", hasItem(name)));
        String next = given().get("/api/v1/claims?limit=1&attributed_to=ucdp").then().statusCode(200).extract().path("next_cursor");
        given().get("/api/v1/claims?limit=1&attributed_to=ucdp&measure=killed&cursor=" + next).then().statusCode(400)
                .body("errors.parameter", hasItem("cursor"));
    }

    @Test
    void estimateNoneListsTheClaimsWithoutAnEstimate() {
        List<Map<String, Object>> claims = allClaims("attributed_to=ucdp&estimate=none&location=aleppo-town-jabal-saman"
                + "&from=2016-10&to=2016-10", 500);
        assertThat(claims.stream().map(claim -> String.valueOf(claim.get("estimate"))).distinct().toList(), not(hasItem("best")));
        assertThat(claims.stream().map(claim -> claim.get("estimate")).distinct().toList(), everyItem(equalTo(null)));
    }

    private static List<Map<String, Object>> allClaims(String query, int limit) {
        List<Map<String, Object>> claims = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().get("/api/v1/claims?limit=" + limit + "&" + query + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            claims.addAll(page.getList("items"));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        return claims;
    }

    /** The sum of the CSV download's lower bounds (min, else max), read as numbers. */
    private static long csvSum(String query, String lower, String upper) {
        String csv = given().get("/api/v1/claims?format=csv&" + query).then().statusCode(200).extract().asString();
        return read(csv.getBytes(StandardCharsets.UTF_8)).stream()
                .mapToLong(row -> Long.parseLong(row.get(lower).isEmpty() ? row.get(upper) : row.get(lower))).sum();
    }

    private static ClaimFigure figure(Map<String, Object> claim) {
        return new ClaimFigure(toLong(claim.get("min")), toLong(claim.get("max")));
    }

    private static Long toLong(Object number) {
        return number == null ? null : ((Number) number).longValue();
    }

    private static String orNone(Object code) {
        return code == null ? "none" : code.toString();
    }

    /** The file's events in October 2016 at the place, by the date_match rule: overlapping the month, or inside it. */
    private static List<Map<String, String>> inOctober(Predicate<Map<String, String>> place, String dateMatch) {
        return rows.stream().filter(place).filter(row -> dateMatch.equals("within")
                ? !start(row).isBefore(OCTOBER) && !end(row).isAfter(OCTOBER_END)
                : !start(row).isAfter(OCTOBER_END) && !end(row).isBefore(OCTOBER)).toList();
    }

    private static LocalDate start(Map<String, String> row) {
        return LocalDate.parse(row.get("date_start"));
    }

    private static LocalDate end(Map<String, String> row) {
        return LocalDate.parse(row.get("date_end"));
    }

    private static long sum(List<Map<String, String>> rows, String column) {
        return rows.stream().mapToLong(row -> Long.parseLong(row.get(column))).sum();
    }

    private static List<Map<String, String>> read(byte[] csv) {
        try (MappingIterator<Map<String, String>> lines = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return lines.readAll();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ucdpFile() {
        try (InputStream in = new GZIPInputStream(UcdpFiguresTest.class.getResourceAsStream("/ucdp/ged-syria-2016-2019.csv.gz"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
