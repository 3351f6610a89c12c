package org.eventline.database;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * No datasource URL configured and nothing at the default address, as on a laptop without
 * PostgreSQL, while the machine running the tests may well have a server on 5432.
 */
public class NoServerConfiguredProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // %test. because application.properties sets the key for the test profile, and a profile key wins
        return Map.of("%test.eventline.database.default-url", "jdbc:postgresql://127.0.0.1:1/test");
    }
}
