package org.eventline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * V020 adds a claim's estimate and group_actor, V027 an event's own point, aggregate flag and codes,
 * V029 a date's uncertain flag, to documents stored before them by editing their text (rendering them
 * all again would take hours at ten million events): the result must be exactly what the app renders now.
 */
@QuarkusTest
class StoredDocumentUpgradeTest {

    @Inject
    DataSource dataSource;

    @Test
    void upgradedDocumentsEqualTheAppsOwnRendering() throws SQLException {
        List<String> rendered = storedDocumentsWithClaims();
        assertFalse(rendered.isEmpty(), "the seed has events with claims");
        for (String document : rendered) {
            // the shape documents had before V020: the two fields absent (the seed's claims have neither)
            String before = document.replace("\"group_actor\":null,", "").replace("\"estimate\":null,", "");
            assertEquals(document, upgrade(before));
        }
    }

    /** V027 adds the source's point, aggregate and codes, empty, to every stored document: as the app renders them. */
    @Test
    void sourceFlagsUpgradeEqualsTheAppsOwnRendering() throws SQLException {
        List<String> rendered = storedDocumentsWithoutSourceFlags();
        assertFalse(rendered.isEmpty(), "the seed's events have no point, flag or code of their source");
        for (String document : rendered) {
            String before = document.replace(",\"point\":null,\"aggregate\":false,\"codes\":[]", "");
            assertEquals(document, call("event_document_with_source_flags", before));
        }
        String tricky = "{\"id\":\"x\",\"title\":\"a \\\",\\\"external_key\\\": b\",\"related\":[],\"external_key\":null}";
        assertEquals("{\"id\":\"x\",\"title\":\"a \\\",\\\"external_key\\\": b\",\"related\":[],"
                + "\"point\":null,\"aggregate\":false,\"codes\":[],\"external_key\":null}",
                call("event_document_with_source_flags", tricky));
    }

    /** V026 adds the event's dataset, by slug, after external_key, as the app renders it. */
    @Test
    void documentsUpgradedWithTheirDatasetEqualTheAppsOwnRendering() throws SQLException {
        int checked = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select e.document, d.slug from event e join dataset d on d.id = e.dataset_id where e.document is not null limit 500");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String document = rows.getString(1);
                String slug = rows.getString(2);
                String field = "\"dataset\":\"" + slug + "\",";
                assertTrue(document.contains("\"external_key\":") && document.contains(field + "\"created_at\":"), document);
                assertEquals(document, upgradeWithDataset(document.replace(field, ""), slug));
                checked++;
            }
        }
        assertTrue(checked > 0, "the seed has events");
    }

    @Test
    void leavesADocumentWithoutClaimsAsItIs() throws SQLException {
        String document = "{\"id\":\"x\",\"title\":\"\\\"group\\\":null,\\\"min\\\": in a title\",\"claims\":[]}";

        assertEquals(document, upgrade(document));
    }

    /** V029 adds a date's uncertain flag (false: before it, ? was stored as approximate) after approximate. */
    @Test
    void documentsUpgradedByV029EqualTheAppsOwnRendering() throws SQLException {
        List<String> rendered = storedDocumentsWithClaims().stream()
                .filter(document -> !document.contains("\"uncertain\":true")).toList();
        assertFalse(rendered.isEmpty(), "the seed has events with dates");
        for (String document : rendered) {
            String before = document.replace("\"uncertain\":false,", "");
            assertEquals(document, call("event_document_with_uncertain_dates", before));
        }
    }

    @Test
    void v029LeavesTextThatIsNoDateAsItIs() throws SQLException {
        String document = "{\"id\":\"x\",\"title\":\"\\\"approximate\\\":false,\\\"edtf\\\": in a title\",\"claims\":[]}";

        assertEquals(document, call("event_document_with_uncertain_dates", document));
    }

    private List<String> storedDocumentsWithClaims() throws SQLException {
        List<String> documents = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select document from event where document like '%\"qualifier\":%' and document not like '%\"group_actor\":{%'");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                documents.add(rows.getString(1));
            }
        }
        return documents;
    }

    private String upgradeWithDataset(String document, String slug) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upgrade = connection.prepareStatement("select event_document_with_dataset(?, ?)")) {
            upgrade.setString(1, document);
            upgrade.setString(2, slug);
            try (ResultSet row = upgrade.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private List<String> storedDocumentsWithoutSourceFlags() throws SQLException {
        List<String> documents = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select document from event where document like '%,\"point\":null,\"aggregate\":false,\"codes\":[],%' limit 200");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                documents.add(rows.getString(1));
            }
        }
        return documents;
    }

    private String upgrade(String document) throws SQLException {
        return call("event_document_with_claim_estimates", document);
    }

    private String call(String function, String document) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upgrade = connection.prepareStatement("select " + function + "(?)")) {
            upgrade.setString(1, document);
            try (ResultSet row = upgrade.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
