package org.eventline.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A database of its own for tests whose data would change other tests' answers (a whole UCDP
 * import): created when missing, emptied by Flyway at start like the shared test database.
 */
public class OwnDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String NAME = "test_imports";

    /** The database's name: NAME unless the profile's entry gives another as "database". */
    private String name = NAME;

    @Override
    public void init(Map<String, String> initArgs) {
        name = initArgs.getOrDefault("database", NAME);
    }

    @Override
    public Map<String, String> start() {
        try (Connection connection = DriverManager.getConnection(TestServer.url("postgres"), "postgres", "");
                Statement sql = connection.createStatement()) {
            var exists = sql.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                sql.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name, e);
        }
        return Map.of("quarkus.datasource.jdbc.url", TestServer.url(name));
    }

    @Override
    public void stop() {
        // kept for the next run, which empties it at start
    }
}
