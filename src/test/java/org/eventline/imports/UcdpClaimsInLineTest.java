package org.eventline.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;

import org.eventline.history.EventChanges;
import org.eventline.history.PendingRevisions;
import org.eventline.support.Tokens;
import org.eventline.write.Change;

/**
 * V021's fix (ucdp_claims_in_line) on UCDP claims stored the old way: the claims and the events'
 * JSON come out as the import makes them, each changed event gets a revision and a new version,
 * re-importing changes nothing, and curated claims stay as they were.
 */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
class UcdpClaimsInLineTest {

    private static final int ROWS = 200;
    private static final String CLAIM_FIELDS = "c.id::text, c.measure, c.affected_group, c.group_actor_id::text, c.min_value,"
            + " c.max_value, c.qualifier, c.estimate, c.reported_as, c.attributed_to_id::text, c.source_id::text, c.verification";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EventChanges changes;
    @Inject
    PendingRevisions pendingRevisions;
    @Inject
    ObjectMapper objectMapper;

    @Test
    void claimsStoredTheOldWayComeOutAsTheImportMakesThemWithARevisionEach() throws Exception {
        byte[] sample = UcdpFile.firstRows(ROWS);
        importCsv(sample).then().statusCode(200).body("rejected", equalTo(0));
        List<UUID> ids = uuids("select id from event where external_key = any(?) order by id", UcdpFile.keys(sample));
        assertThat(ids.size(), equalTo(ROWS));
        List<List<Object>> claimsAsImported = rows("select " + CLAIM_FIELDS + " from claim c where c.event_id = any(?)"
                + " order by c.event_id, c.position", ids);
        Map<UUID, JsonNode> documentsAsImported = documents(ids);
        List<List<Object>> curatedClaims = curatedClaims();

        // every second event as the old mapping stored it: no estimate, no side actor, unknown status as people
        List<UUID> oldShaped = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 2) {
            oldShaped.add(ids.get(i));
        }
        List<UUID> untouched = ids.stream().filter(id -> !oldShaped.contains(id)).toList();
        update("update claim set estimate = null, group_actor_id = null,"
                + " affected_group = case affected_group when 'unknown_status' then 'people' else affected_group end"
                + " where event_id = any(?)", oldShaped);
        QuarkusTransaction.requiringNew().run(() -> {
            changes.begin();
            changes.eventsChanged(oldShaped, Change.UPDATED, "old-mapping");
        });
        assertThat(count("select count(*) from claim where event_id = any(?) and estimate is not null", oldShaped), equalTo(0L));
        Map<UUID, Long> versions = longs("select id, version from event where id = any(?)", ids);
        Map<UUID, Long> revisions = longs("select e.id, count(r.revision) from event e left join event_revision r on r.event_id = e.id"
                + " where e.id = any(?) group by e.id", ids);

        String oldTag = given().get("/api/v1/events/" + oldShaped.get(0)).header("ETag");

        assertThat(fix(), equalTo((long) oldShaped.size()));
        assertThat(count("select count(*) from event where id = any(?) and document is null", oldShaped), equalTo((long) oldShaped.size()));
        assertThat(pendingRevisions.writeAll(), equalTo((long) oldShaped.size()));

        assertThat(rows("select " + CLAIM_FIELDS + " from claim c where c.event_id = any(?) order by c.event_id, c.position", ids),
                equalTo(claimsAsImported));
        assertThat(withoutTimes(documents(ids)), equalTo(withoutTimes(documentsAsImported)));
        Map<UUID, Long> versionsAfter = longs("select id, version from event where id = any(?)", ids);
        Map<UUID, Long> revisionsAfter = longs("select e.id, count(r.revision) from event e left join event_revision r on r.event_id = e.id"
                + " where e.id = any(?) group by e.id", ids);
        for (UUID id : oldShaped) {
            assertThat("version of " + id, versionsAfter.get(id), equalTo(versions.get(id) + 1));
            assertThat("revisions of " + id, revisionsAfter.get(id), equalTo(revisions.get(id) + 1));
        }
        for (UUID id : untouched) {
            assertThat("version of " + id, versionsAfter.get(id), equalTo(versions.get(id)));
            assertThat("revisions of " + id, revisionsAfter.get(id), equalTo(revisions.get(id)));
        }
        given().get("/api/v1/events/" + oldShaped.get(0) + "/history").then().statusCode(200)
                .body("items[-1].change", equalTo("updated"))
                .body("items[-1].author", equalTo("migration V021"))
                .body("items[-1].changed_fields", equalTo(List.of("claims")));
        assertThat(count("select count(*) from event_pending_revision", List.of()), equalTo(0L));
        // a writer holding the tag of the event as it was before the fix is told it changed
        given().auth().oauth2(Tokens.editor()).header("If-Match", oldTag).contentType("application/merge-patch+json; charset=utf-8")
                .body(Map.of("summary", "edited from a stale copy")).patch("/api/v1/events/" + oldShaped.get(0))
                .then().statusCode(412);

        // run again, and re-import: nothing left to change
        assertThat(fix(), equalTo(0L));
        long revisionCount = count("select count(*) from event_revision", List.of());
        importCsv(sample).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(ROWS));
        assertThat(count("select count(*) from event_revision", List.of()), equalTo(revisionCount));

        // the curated article's claims keep their qualifiers and every other field, and get no estimate
        assertThat(curatedClaims, not(empty()));
        assertThat(curatedClaims(), equalTo(curatedClaims));
        assertThat(curatedClaims.stream().map(claim -> claim.get(7)).toList(), everyItem(nullValue()));
    }

    @Test
    void eachSidesDeathsNameTheSideAndTheDeadOfUnknownStatusAreTheirOwnGroup() {
        byte[] sample = UcdpFile.firstRows(ROWS);
        importCsv(sample).then().statusCode(200);
        List<List<Object>> sides = rows("""
                select c.reported_as, a.name from claim c join event e on e.id = c.event_id
                join actor a on a.id = c.group_actor_id
                where e.external_key = any(?) and c.affected_group = 'combatants'""", UcdpFile.keys(sample));
        assertThat(sides.size(), greaterThan(0));
        for (List<Object> side : sides) {
            assertThat(String.valueOf(side.get(0)), startsWith("deaths of side "));
            assertThat(String.valueOf(side.get(0)), containsString(", " + side.get(1) + ": "));
        }
        assertThat(count("""
                select count(*) from claim c join event e on e.id = c.event_id
                where e.external_key = any(?) and c.reported_as like 'deaths of unknown status%'
                  and (c.affected_group <> 'unknown_status' or c.estimate <> 'best')""", UcdpFile.keys(sample)), equalTo(0L));
    }

    private long fix() {
        return count("select ucdp_claims_in_line()", List.of());
    }

    private List<List<Object>> curatedClaims() {
        return rows("select " + CLAIM_FIELDS + " from claim c join event e on e.id = c.event_id"
                + " where e.external_key is null or e.external_key not like 'ucdp-ged:%' order by c.id", List.of());
    }

    private Map<UUID, JsonNode> withoutTimes(Map<UUID, JsonNode> documents) {
        Map<UUID, JsonNode> result = new HashMap<>();
        documents.forEach((id, document) -> {
            ObjectNode copy = ((ObjectNode) document).deepCopy();
            copy.remove("updated_at");
            result.put(id, copy);
        });
        return result;
    }

    private Map<UUID, JsonNode> documents(List<UUID> ids) throws IOException {
        Map<UUID, JsonNode> documents = new HashMap<>();
        for (List<Object> row : rows("select id::text, document from event where id = any(?)", ids)) {
            documents.put(UUID.fromString((String) row.get(0)), objectMapper.readTree((String) row.get(1)));
        }
        return documents;
    }

    private Map<UUID, Long> longs(String sql, List<UUID> ids) {
        Map<UUID, Long> values = new HashMap<>();
        for (List<Object> row : rows(sql.replace("select id,", "select id::text,").replace("select e.id,", "select e.id::text,"), ids)) {
            values.put(UUID.fromString((String) row.get(0)), ((Number) row.get(1)).longValue());
        }
        return values;
    }

    private List<UUID> uuids(String sql, List<?> parameter) {
        return rows(sql.replace("select id ", "select id::text "), parameter).stream()
                .map(row -> UUID.fromString((String) row.get(0))).toList();
    }

    private long count(String sql, List<?> parameter) {
        return ((Number) rows(sql, parameter).get(0).get(0)).longValue();
    }

    private void update(String sql, List<UUID> ids) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, array(connection, ids));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a query with at most one parameter, an array (of ids or keys); none when the list is empty. */
    private List<List<Object>> rows(String sql, List<?> parameter) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (!parameter.isEmpty()) {
                statement.setArray(1, array(connection, parameter));
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(result.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Array array(Connection connection, List<?> values) throws SQLException {
        boolean ids = values.get(0) instanceof UUID;
        return connection.createArrayOf(ids ? "uuid" : "text", values.toArray());
    }

    private static io.restassured.response.Response importCsv(byte[] body) {
        return given().auth().oauth2(Tokens.editor()).contentType("text/csv; charset=utf-8").body(body)
                .post("/api/v1/imports?format=ucdp-ged");
    }
}
