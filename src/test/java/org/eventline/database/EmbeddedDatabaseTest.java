package org.eventline.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.eventline.config.EventlineConfig;

/** With no server configured and none answering, the application serves the seed from an embedded PostgreSQL 15. */
@QuarkusTest
@TestProfile(NoServerConfiguredProfile.class)
class EmbeddedDatabaseTest {

    /** An event of the bundled dataset. */
    private static final String SEED_EVENT = "fe33475e-d42c-4ca3-b45c-02cf9e2bcedb";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EventlineConfig config;

    @Test
    void servesTheSeedFromAnEmbeddedPostgresql15WhenNothingAnswersAtTheDefaultAddress() throws SQLException {
        given().get("/api/v1/events?from=2016-10&to=2016-10").then().statusCode(200).body("items.id", hasItem(SEED_EVENT));
        given().get("/api/v1/events/" + SEED_EVENT).then().statusCode(200);

        String url = ConfigProvider.getConfig().getValue(DatabaseUrlFallback.URL, String.class);
        assertTrue(url.startsWith("jdbc:postgresql://localhost:") && url.endsWith("/test"), url);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet server = statement.executeQuery("select current_setting('data_directory'), inet_server_port(),"
                        + " current_database(), current_setting('server_version_num')::int / 10000")) {
            server.next();
            assertEquals(Path.of(config.database().embedded().directory()), Path.of(server.getString(1)));
            assertNotEquals(5432, server.getInt(2));
            assertEquals("test", server.getString(3));
            assertEquals(15, server.getInt(4), "production's major version");
        }
    }
}
