package org.eventline.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.TestEvents;

/**
 * The API attacked as a hostile client does, from its own OpenAPI document: every parameter of
 * every operation gets wrong types, out-of-bounds numbers, huge, empty and repeated values, control
 * characters, malformed percent-encoding, unicode tricks and injection strings; every write body
 * gets malformed, truncated, mistyped, nested, oversized and duplicated variants. No answer may be a
 * 5xx, an error that is not problem+json, or a body naming Java; no error answer may leave rows behind.
 */
@QuarkusTest
class HostileInputTest {

    private static final Logger LOG = Logger.getLogger(HostileInputTest.class);
    /** Reads at once: fewer than the pool's connections, so no read waits past the acquisition timeout for one. */
    private static final int READERS = 3;

    @TestHTTPResource("/")
    URL root;
    @Inject
    DatasetImporter importer;
    @Inject
    ObjectMapper mapper;

    private WireClient client;
    private SweepRecords records;
    private List<ApiOperation> operations;

    @BeforeEach
    void aimAtRecordsOfOurOwn() throws IOException {
        client = new WireClient(root.getHost(), root.getPort());
        DatasetDocument document = TestEvents.batch(TestEvents.freshYear(), 1);
        importer.importDocument(document);
        String eventId = document.events().get(0).id().toString();
        assertEquals(200, client.send("GET", "/api/v1/events/" + eventId, List.of(), null).status(), "the sweep's own event is served");
        records = new SweepRecords(document, mapper, client, eventId);
        operations = OpenApiOperations.of(servedDocument());
        LOG.infof("hostile sweep of %d operations, aimed at event %s", operations.size(), eventId);
    }

    @Test
    void everyParameterOfEveryOperationRefusesHostileValuesCleanly() throws Exception {
        List<Attack> attacks = new ParameterAttacks(records).of(operations);
        try (RowCounts counts = new RowCounts()) {
            HostileSweep sweep = new HostileSweep(client, counts);
            sweep.reads(attacks.stream().filter(attack -> !attack.writes()).toList(), READERS);
            sweep.writes(attacks.stream().filter(Attack::writes).toList());
            records.undo(sweep.created());
            assertClean(sweep, "parameters");
        }
    }

    @Test
    void everyWriteBodyRefusesHostileBodiesCleanlyAndStoresNothing() throws SQLException, IOException {
        BodyAttacks bodies = new BodyAttacks(records);
        try (RowCounts counts = new RowCounts()) {
            HostileSweep sweep = new HostileSweep(client, counts);
            sweep.aims(bodies.valid(operations));
            sweep.writes(bodies.of(operations));
            records.undo(sweep.created());
            assertClean(sweep, "bodies");
        }
    }

    private JsonNode servedDocument() throws IOException {
        WireAnswer answer = client.send("GET", "/q/openapi?format=json", List.of(Map.entry("Accept", "application/json")), null);
        return mapper.readTree(answer.body());
    }

    private static void assertClean(HostileSweep sweep, String name) throws IOException {
        String report = sweep.report("hostile " + name);
        Path file = Path.of("target", "hostile-" + name + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        Files.writeString(Path.of("target", "hostile-" + name + "-requests.txt"), sweep.trace());
        LOG.infof("hostile %s sweep: %d requests sent; full report in %s", name, sweep.sent(), file);
        assertTrue(sweep.clean(), report);
    }
}
