package org.eventline.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import org.eventline.event.EventRepository;
import org.eventline.support.OwnDatabase;
import org.eventline.support.StoredRows;
import org.eventline.support.TestServer;
import org.eventline.support.Tokens;

/**
 * The real UCDP GED Syria file (16,566 events) imported through POST /imports, in a database of
 * its own so that its 2016-2019 events never change other tests' answers.
 */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
class UcdpImportTest {

    private static final String HEADER = firstLine();
    private static final java.util.Set<String> FILE_KEYS = java.util.Set.copyOf(UcdpFile.keys(UcdpFile.wholeFile()));
    private static final CsvMapper CSV = new CsvMapper();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Inject
    EventRepository events;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void wholeFileImportsOnceAndAgainChangesNothing() throws SQLException {
        byte[] file = UcdpFile.wholeFile();
        long started = System.nanoTime();
        Response first = importCsv(file, "");
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        first.then().statusCode(200)
                .body("lines", equalTo(16566))
                .body("rejected", equalTo(0));
        int created = first.path("created");
        int unchanged = first.path("unchanged");
        assertThat(created + unchanged, equalTo(16566));
        System.out.printf("UCDP import: %d events in %d ms%n", created, elapsedMs);

        importCsv(file, "").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(16566));

        // as published: every figure a claim attributed to UCDP, low > best kept
        eventByKey("ucdp-ged:313676").then()
                .body("type", equalTo("state_based_violence"))
                .body("claims.findAll { it.qualifier == 'at_least' }.min", equalTo(List.of(1)))
                .body("claims.findAll { it.qualifier == 'about' && it.group == 'people' }.min", equalTo(List.of(2)))
                .body("claims.findAll { it.qualifier == 'as_many_as' }.max", equalTo(List.of(1)))
                .body("claims.attributed_to.slug", everyItemIs("ucdp"))
                .body("claims.findAll { it.group == 'people' }.estimate", equalTo(List.of("best", "low", "high")))
                .body("location.slug", equalTo("northern-latakia-governorate-latakia"))
                .body("location.location_precision", equalTo("area"));
        eventByKey("ucdp-ged:231016").then()
                .body("date.start", equalTo("2016-10-14")).body("date.end", equalTo("2016-10-14"))
                .body("date.precision", equalTo("day"))
                // UCDP's Government of Syria and Aleppo town joined the seed's records (reconcile/)
                .body("actors.slug", equalTo(List.of("syrian-government", "syrian-insurgents", "ucdp")))
                .body("location.slug", equalTo("aleppo"))
                // the joined place keeps the seed's point; the event keeps UCDP's own (ucdp-flags)
                .body("location.point.lat", equalTo(36.2012f))
                .body("point.lat", equalTo(36.201241f))
                .body("claims.findAll { it.group == 'civilians' }.min", equalTo(List.of(2)))
                .body("claims.findAll { it.group == 'civilians' }.estimate", equalTo(List.of("best")))
                .body("claims[0].verification", equalTo("corroborated"))
                .body("sources.publisher", hasItems("Uppsala Conflict Data Program", "SOHR", "HRW"));
        eventByKey("ucdp-ged:301368").then()
                .body("date.start", equalTo("2016-10-03")).body("date.end", equalTo("2016-10-09"))
                .body("date.precision", equalTo("week"))
                .body("claims.findAll { it.group == 'civilians' }.min", equalTo(List.of(20)))
                .body("claims[0].verification", equalTo("unverified"));
        figuresSumAsTheFileDoes(file);
        // a country-wide aggregate sits at the country, never at a point site
        eventByKey("ucdp-ged:233200").then()
                .body("location.slug", equalTo("syria"))
                .body("date.precision", equalTo("year"));

        // the places join the hierarchy: town in district in governorate in country
        given().get("/api/v1/locations/aleppo-town-jabal-saman").then().statusCode(200)
                .body("parent_chain.slug", hasItems("jabal-saman-district", "aleppo-governorate", "syria"));
        // the README's checks of the file: Aleppo town in October 2016, 81 events (79 within the month), now
        // one place with the article's Aleppo and its 15 (9 within)
        assertThat(total("location=aleppo-town-jabal-saman&from=2016-10&to=2016-10"), equalTo(81 + 15));
        assertThat(total("location=aleppo-town-jabal-saman&from=2016-10&to=2016-10&date_match=within"), equalTo(79 + 9));
        assertThat(total("type=attack_on_civilians"), equalTo(482));
        // the bulk path's search documents are the ones event_search_document makes from the tables
        assertThat(searchDocumentsNotAsRebuilt(), equalTo(0L));
        // 78 of those 81 are between the government and "Syrian insurgents", 3 between Fatah Halab and the SDF
        assertThat(total("q=insurgents&from=2016-10&to=2016-10&location=aleppo-town-jabal-saman"), equalTo(78));
    }

    /**
     * Summing claims by their fields counts no death twice: per event, UCDP's people of estimate best
     * sum to its best, the other groups of estimate best (each side, civilians, unknown status) to
     * best too, and low and high are each one claim.
     */
    private void figuresSumAsTheFileDoes(byte[] file) {
        Map<String, Long> people = sums("c.affected_group = 'people' and c.estimate = 'best'", "c.min_value");
        Map<String, Long> parts = sums("c.affected_group <> 'people' and c.estimate = 'best'", "c.min_value");
        Map<String, Long> low = sums("c.affected_group = 'people' and c.estimate = 'low'", "c.min_value");
        Map<String, Long> high = sums("c.affected_group = 'people' and c.estimate = 'high'", "c.max_value");
        Map<String, Long> best = UcdpFile.column(file, "best");
        assertThat(people, equalTo(best));
        Map<String, Long> bestOfCountedRows = new java.util.HashMap<>(best);
        bestOfCountedRows.values().removeIf(value -> value == 0);
        assertThat(parts, equalTo(bestOfCountedRows));
        assertThat(low, equalTo(UcdpFile.column(file, "low")));
        assertThat(high, equalTo(UcdpFile.column(file, "high")));
        assertThat(sums("c.estimate is null", "c.min_value"), equalTo(Map.of()));
        // the file has deaths of unknown status: the case that was counted twice
        assertThat(sums("c.affected_group = 'unknown_status'", "c.min_value").size(), greaterThan(1000));
    }

    /** Per UCDP event key, the sum of a claim column over its UCDP claims that meet the condition. */
    private Map<String, Long> sums(String condition, String column) {
        Map<String, Long> sums = new java.util.HashMap<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select e.external_key, sum(" + column + ") from claim c"
                        + " join event e on e.id = c.event_id join actor a on a.id = c.attributed_to_id"
                        + " where a.slug = 'ucdp' and e.external_key like 'ucdp-ged:%'"
                        + " and " + condition + " group by e.external_key")) {
            while (rows.next()) {
                sums.put(rows.getString(1), rows.getLong(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        // only the file's events, not the sample rows other tests import
        sums.keySet().retainAll(FILE_KEYS);
        return sums;
    }

    /**
     * Every published point and flag survives (issue 15): each UCDP event is mapped at the file's
     * longitude and latitude, even when it shares a place whose point differs (the seed's Syria) or
     * that has none (a district); aggregate on exactly the rows of event_clarity 2; the kind of
     * violence, conflict and dyad on every event as codes; corroborated only for distinct outlets.
     */
    @Test
    void everyPublishedPointAndFlagIsKept() throws IOException {
        byte[] file = UcdpFile.wholeFile();
        importCsv(file, "").then().statusCode(200).body("rejected", equalTo(0));
        Map<String, Map<String, String>> rows = new java.util.HashMap<>();
        UcdpFile.rows(file).forEach(row -> rows.put(UcdpGedFormat.KEY_PREFIX + row.get("id"), row));

        byte[] geojson = given().get("/api/v1/events?format=geojson&from=2016&to=2019&date_match=within").then().statusCode(200)
                .extract().asByteArray();
        int features = 0;
        int nullGeometries = 0;
        for (com.fasterxml.jackson.databind.JsonNode feature : JSON.readTree(geojson).get("features")) {
            com.fasterxml.jackson.databind.JsonNode properties = feature.get("properties");
            Map<String, String> row = rows.get(properties.get("key").asText());
            if (row == null) {
                continue;
            }
            features++;
            String key = properties.get("key").asText();
            if (feature.get("geometry").isNull()) {
                nullGeometries++;
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode coordinates = feature.get("geometry").get("coordinates");
            assertThat(key + " longitude", coordinates.get(0).asDouble(), equalTo(Double.parseDouble(row.get("longitude"))));
            assertThat(key + " latitude", coordinates.get(1).asDouble(), equalTo(Double.parseDouble(row.get("latitude"))));
            assertThat(key + " aggregate", properties.get("aggregate").asBoolean(), equalTo("2".equals(row.get("event_clarity"))));
            Map<String, String> codes = new java.util.HashMap<>();
            properties.get("codes").forEach(code -> codes.put(code.get("scheme").asText(), code.get("code").asText()));
            assertThat(key + " codes", codes, equalTo(Map.of("ucdp_id", row.get("id"),
                    "ucdp_type_of_violence", row.get("type_of_violence"), "ucdp_conflict", row.get("conflict_new_id"),
                    "ucdp_dyad", row.get("dyad_new_id"))));
            assertThat(key + " type", properties.get("type").asText(), equalTo(switch (row.get("type_of_violence")) {
                case "1" -> "state_based_violence";
                case "2" -> "non_state_violence";
                default -> "attack_on_civilians";
            }));
        }
        assertThat(features, equalTo(16566));
        assertThat(nullGeometries, equalTo(0));

        // the country rows keep UCDP's Syria (38, 35) beside the seed's place, whose point is the article's
        eventByKey("ucdp-ged:233200").then()
                .body("location.slug", equalTo("syria"))
                .body("point.lon", equalTo(38.0f)).body("point.lat", equalTo(35.0f))
                .body("point.precision", equalTo("country"))
                .body("aggregate", equalTo(true))
                .body("title", containsString("several incidents reported together"));
        // a district-level row: its district has no point, the event has the row's
        eventByKey(firstKey(rows, "3")).then().body("point.precision", equalTo("district"));
        // an Israeli air strike is deadly violence, not "fighting"
        eventByKey("ucdp-ged:227950").then()
                .body("title", equalTo("Deadly violence between Government of Israel and Government of Syria at Hadar town"))
                .body("codes.find { it.scheme == 'ucdp_type_of_violence' }.label", equalTo("state-based conflict"));

        // corroborated only when the articles come from two outlets or more: never for SOHR;SOHR
        Map<String, Boolean> corroborated = corroboratedByKey();
        corroborated.forEach((key, yes) -> {
            if (yes) {
                assertThat(key + " cites distinct outlets", outlets(rows.get(key).get("source_office")), greaterThan(1L));
            }
        });
        assertThat(corroborated.values().stream().filter(yes -> yes).count(), equalTo(1146L));
        assertThat(corroborated.get("ucdp-ged:231016"), equalTo(true));

        // aggregates can be left out of lists, claims, timelines and figures, or asked for alone
        long aggregates = rows.values().stream().filter(row -> "2".equals(row.get("event_clarity"))).count();
        assertThat(aggregates, equalTo(622L));
        assertThat((long) total("aggregate=true"), equalTo(aggregates));
        assertThat((long) total("aggregate=true") + total("aggregate=false"), equalTo((long) total("")));
        assertThat(given().get("/api/v1/claims?count=true&limit=1&aggregate=true&estimate=best&group=people&attributed_to=ucdp")
                .then().statusCode(200).extract().<Integer>path("total").longValue(), equalTo(aggregates));
        assertThat(given().get("/api/v1/stats/timeline?interval=year&aggregate=true").then().statusCode(200)
                .extract().<Integer>path("total").longValue(), equalTo(aggregates));
        long aggregateBest = rows.values().stream().filter(row -> "2".equals(row.get("event_clarity")))
                .mapToLong(row -> Long.parseLong(row.get("best"))).sum();
        List<Number> sums = given().get("/api/v1/stats/figures?measure=killed&interval=year&from=2016&to=2019&attributed_to=ucdp"
                + "&estimate=best&group=people&aggregate=true").then().statusCode(200).extract().path("buckets.series.flatten().min_sum");
        assertThat(sums.stream().mapToLong(Number::longValue).sum(), equalTo(aggregateBest));

        // codes filter: one scheme any of its codes, several schemes all of them
        long nonState = rows.values().stream().filter(row -> "2".equals(row.get("type_of_violence"))).count();
        long nonStateOrOneSided = rows.values().stream().filter(row -> !"1".equals(row.get("type_of_violence"))).count();
        long nonStateInConflict = rows.values().stream()
                .filter(row -> "2".equals(row.get("type_of_violence")) && "13616".equals(row.get("conflict_new_id"))).count();
        assertThat((long) total("code=ucdp_type_of_violence:2"), equalTo(nonState));
        assertThat((long) total("code=ucdp_type_of_violence:2,ucdp_type_of_violence:3"), equalTo(nonStateOrOneSided));
        assertThat((long) total("code=ucdp_type_of_violence:2&code=ucdp_conflict:13616"), equalTo(nonStateInConflict));
        assertThat(total("code=ucdp_id:231016"), equalTo(1));

        // a CSV row joins back to UCDP by its key and its codes
        String csv = given().get("/api/v1/events?format=csv&code=ucdp_id:231016").then().statusCode(200).extract().asString();
        List<Map<String, String>> exported = new java.util.ArrayList<>();
        try (MappingIterator<Map<String, String>> csvRows = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            csvRows.forEachRemaining(exported::add);
        }
        assertThat(exported.size(), equalTo(1));
        assertThat(exported.get(0).get("key"), equalTo("ucdp-ged:231016"));
        assertThat(exported.get(0).get("codes"), containsString("ucdp_id:231016"));
        assertThat(exported.get(0).get("codes"), containsString("ucdp_conflict:299 (Syria: Government)"));
        assertThat(exported.get(0).get("longitude"), equalTo(rows.get("ucdp-ged:231016").get("longitude")));
    }

    /**
     * Events imported before V027 have no point, flags or codes; importing the file again gives them
     * theirs, each with a revision, and a second time changes nothing.
     */
    @Test
    void eventsImportedBeforeTheFlagsGainThemWhenImportedAgain() throws Exception {
        byte[] rows = UcdpFile.firstRows(300);
        importCsv(rows, "").then().statusCode(200).body("rejected", equalTo(0));
        List<String> keys = UcdpFile.keys(rows);
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("select id, document from event where external_key = any(?)");
                var update = connection.prepareStatement("update event set point_longitude = null, point_latitude = null,"
                        + " point_precision = null, aggregate = false, document = ? where id = ?");
                var deleteCodes = connection.prepareStatement("delete from event_code where event_id = ?")) {
            select.setArray(1, connection.createArrayOf("text", keys.toArray()));
            try (var stored = select.executeQuery()) {
                while (stored.next()) {
                    // the shape V027 gives a document stored before it
                    var document = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(stored.getString(2));
                    document.putNull("point");
                    document.put("aggregate", false);
                    document.putArray("codes");
                    update.setString(1, JSON.writeValueAsString(document));
                    update.setObject(2, stored.getObject(1));
                    update.executeUpdate();
                    deleteCodes.setObject(1, stored.getObject(1));
                    deleteCodes.executeUpdate();
                }
            }
        }
        importCsv(rows, "").then().statusCode(200).body("updated", equalTo(300)).body("unchanged", equalTo(0));
        importCsv(rows, "").then().statusCode(200).body("updated", equalTo(0)).body("unchanged", equalTo(300));
        String id = eventByKey(keys.get(0)).then().body("codes.scheme", hasItem("ucdp_id")).body("point", org.hamcrest.Matchers.notNullValue())
                .extract().path("id");
        given().get("/api/v1/events/" + id + "/history").then()
                .body("items[-1].changed_fields", hasItems("codes", "point"));
    }

    private static String firstKey(Map<String, Map<String, String>> rows, String wherePrec) {
        return rows.entrySet().stream().filter(row -> wherePrec.equals(row.getValue().get("where_prec")))
                .map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
    }

    /** The outlets source_office names, compared by letters and digits alone. */
    private static long outlets(String sourceOffice) {
        return java.util.Arrays.stream(sourceOffice.split(";"))
                .map(office -> office.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))
                .filter(office -> !office.isEmpty()).distinct().count();
    }

    /** Per UCDP event of the file, whether its claims are corroborated. */
    private Map<String, Boolean> corroboratedByKey() {
        Map<String, Boolean> corroborated = new java.util.HashMap<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select e.external_key, bool_or(c.verification = 'corroborated') from event e"
                        + " join claim c on c.event_id = e.id where e.external_key like 'ucdp-ged:%' group by e.external_key")) {
            while (rows.next()) {
                corroborated.put(rows.getString(1), rows.getBoolean(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        corroborated.keySet().retainAll(FILE_KEYS);
        return corroborated;
    }

    /** The export's killed_min and killed_max give back every row's low and high, the 101 rows out of order (58 with low > high) too. */
    @Test
    void exportsGiveBackEveryRowsLowAndHigh() throws IOException {
        byte[] file = UcdpFile.wholeFile();
        importCsv(file, "").then().statusCode(200).body("rejected", equalTo(0));
        Map<String, List<String>> lowAndHighById = new java.util.HashMap<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .readValues(file)) {
            rows.forEachRemaining(row -> lowAndHighById.put(row.get("id"), List.of(row.get("low"), row.get("high"))));
        }
        String export = given().get("/api/v1/events?format=csv&from=2016&to=2019&date_match=within").then().statusCode(200)
                .extract().asString();
        Map<String, List<String>> exported = new java.util.HashMap<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .readValues(export)) {
            rows.forEachRemaining(row -> {
                java.util.regex.Matcher ucdp = java.util.regex.Pattern.compile("^UCDP GED event (\\d+) ").matcher(row.get("summary"));
                if (ucdp.find() && lowAndHighById.containsKey(ucdp.group(1))) {
                    exported.put(ucdp.group(1), List.of(row.get("killed_min"), row.get("killed_max")));
                }
            });
        }
        assertThat(exported, equalTo(lowAndHighById));
        assertThat(exported.get("313676"), equalTo(List.of("1", "1")));
        assertThat(exported.get("236249"), equalTo(List.of("8", "7")));
    }

    @Test
    void correctedRowUpdatesItsEventWithARevision() {
        String row = sampleRow("99000001", "3");
        importCsv(csv(row), "").then().statusCode(200).body("created", equalTo(1));
        Response again = importCsv(csv(sampleRow("99000001", "5")), "");
        again.then().statusCode(200).body("updated", equalTo(1)).body("created", equalTo(0));
        String id = eventByKey("ucdp-ged:99000001").path("id");
        given().get("/api/v1/events/" + id + "/history").then()
                .body("items.change", equalTo(List.of("created", "updated")))
                .body("items[1].author", equalTo("editor-alice"))
                .body("items[1].changed_fields", hasItem("claims"));
    }

    @Test
    void badRowsAreReportedAndTheRestImported() {
        String good = sampleRow("99000011", "3");
        String badDate = sampleRow("99000012", "3").replace("\"2016-01-01\",\"2016-01-01\"", "\"2016-13-45\",\"2016-01-01\"");
        String badPrecision = sampleRow("99000013", "3").replaceFirst(",1,\"Teir Maaleh village\"", ",9,\"Teir Maaleh village\"");
        String tooManyFields = sampleRow("99000014", "3") + ",42";
        importCsv(csv(good, badDate, badPrecision), "&atomic=true").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("line 3: date_start", "line 4: where_prec"));
        given().get("/api/v1/changes?limit=500&since=2000-01-01").then().statusCode(200);
        assertThat(events.findStored(List.of("ucdp-ged:99000011"), List.of()).size(), equalTo(0));

        importCsv(csv(good, badDate, badPrecision, tooManyFields), "").then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(3))
                .body("rejected_lines.line", equalTo(List.of(3, 4, 5)))
                .body("rejected_lines[0].problems[0].field", equalTo("date_start"));
    }

    @Test
    void unreadableRowsAreRefusedNamingTheirLineAndColumn() {
        Map<String, Long> before = StoredRows.count(dataSource);
        String good = sampleRow("99000021", "3");
        String unterminated = sampleRow("99000022", "3").replace("\"Teir Maaleh village\"", "\"Teir Maaleh village");
        refusedWhole(importCsv(csv(good, unterminated), ""), "line 3", "cannot be read from this record on");
        refusedWhole(importCsv(csv(good, sampleRow("abc", "3")), "&atomic=true"), "line 3: id", "whole number");
        refusedWhole(importCsv(csv(good, sampleRow("-7", "3")), "&atomic=true"), "line 3: id", "positive");
        String nul = sampleRow("99000023", "3").replace("Teir Maaleh village", "Teir\u0000Maaleh village");
        refusedWhole(importCsv(csv(good, nul), "&atomic=true"), "line 3: where_coordinates", "NUL");
        assertThat(StoredRows.count(dataSource), equalTo(before));

        importCsv(csv(sampleRow("abc", "3"), nul), "").then().statusCode(200)
                .body("created", equalTo(0)).body("rejected", equalTo(2))
                .body("rejected_lines[0].problems[0].field", equalTo("id"))
                .body("rejected_lines[1].problems[0].field", equalTo("where_coordinates"));
        assertThat(StoredRows.count(dataSource), equalTo(before));
    }

    @Test
    void aPointOutOfRangeIsRefusedEvenForAPlaceAlreadyStored() {
        importCsv(csv(sampleRow("99000031", "3")), "").then().statusCode(200).body("created", equalTo(1));
        Map<String, Long> before = StoredRows.count(dataSource);
        String farNorth = sampleRow("99000032", "3").replace("34.802462,36.707602", "999,36.707602");
        refusedWhole(importCsv(csv(farNorth), "&atomic=true"), "line 2: includes.locations[3].point.lat", "latitude");
        importCsv(csv(farNorth), "").then().statusCode(200).body("created", equalTo(0)).body("rejected", equalTo(1));
        assertThat(StoredRows.count(dataSource), equalTo(before));
    }

    private static void refusedWhole(Response answer, String field, String message) {
        answer.then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem(containsString(message)));
        for (String javaWord : List.of("java.", "org.eventline", "com.fasterxml", "Source:", "`")) {
            assertThat(answer.asString(), not(containsString(javaWord)));
        }
    }

    @Test
    void csvNeedsTheUcdpFormatAndItsColumns() {
        given().auth().oauth2(Tokens.editor()).contentType("text/csv; charset=utf-8").body("a,b\n1,2\n")
                .post("/api/v1/imports").then().statusCode(400).body("errors[0].parameter", equalTo("format"));
        given().auth().oauth2(Tokens.editor()).contentType("text/csv; charset=utf-8").body("a,b\n1,2\n")
                .post("/api/v1/imports?format=ucdp-ged").then().statusCode(400)
                .body("errors[0].field", equalTo("(body)"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    private Response eventByKey(String key) {
        var stored = events.findStored(List.of(key), List.of());
        assertThat("an event with key " + key, stored.size(), equalTo(1));
        return given().get("/api/v1/events/" + stored.get(0).id());
    }

    /**
     * Events whose stored search document differs from the one rebuilt from the tables: a check of the
     * bulk path. It rebuilds every event's document, longer than the API's statement bound on a loaded
     * machine, so it runs on a connection of its own, which has none.
     */
    private static long searchDocumentsNotAsRebuilt() throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestServer.url(OwnDatabase.NAME), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from event where search_document <> event_search_document(id)")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int total(String query) {
        return given().get("/api/v1/events?count=true&limit=1&" + query).then().statusCode(200).extract().path("total");
    }

    private static Response importCsv(byte[] body, String extraQuery) {
        return given().auth().oauth2(Tokens.editor()).contentType("text/csv; charset=utf-8").body(body)
                .post("/api/v1/imports?format=ucdp-ged" + extraQuery);
    }

    /** A row shaped like the file's first one, with another id and best estimate. */
    private static String sampleRow(String id, String best) {
        return id + ",2016,1,1,299,\"Syria: Government\",11973,\"Government of Syria - Syrian insurgents\",118,"
                + "\"Government of Syria\",4456,,\"Syrian insurgents\",1,\"\"\"SOHR,2016-01-01,Test headline " + id + "\"\"\","
                + "\"SOHR\",\"2016-01-01\",\"Test headline " + id + "\",\"SOHR\",1,\"Teir Maaleh village\",\"Homs Governorate\","
                + "\"Ar Rastan district\",34.802462,36.707602,\"POINT (36.707602 34.802462)\",179714,\"Syria\",652,"
                + "\"Middle East\",1,1,\"2016-01-01\",\"2016-01-01\",2,2,0,0,1," + best + "," + best;
    }

    private static byte[] csv(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String firstLine() {
        String file = new String(UcdpFile.wholeFile(), 0, 2000, StandardCharsets.UTF_8);
        return file.substring(0, file.indexOf('\n'));
    }
}
