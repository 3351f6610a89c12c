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
 * V020 adds a claim's estimate and group_actor to documents stored before it by editing their text
 * (rendering them all again would take hours at ten million events): the result must be exactly
 * what the app renders now.
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

    private String upgrade(String document) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upgrade = connection.prepareStatement("select event_document_with_claim_estimates(?)")) {
            upgrade.setString(1, document);
            try (ResultSet row = upgrade.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
