package org.eventline.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.postgresql.Driver;

/** The embedded server's list of databases: `postgres` comes with it, any other is created on first use. */
final class DatabaseCatalogRepository {

    /** The embedded server trusts its local superuser, like the project's machines. */
    private static final String SUPERUSER = "postgres";

    private DatabaseCatalogRepository() {
    }

    static void createIfMissing(String serverUrl, String database) {
        Properties login = new Properties();
        login.setProperty("user", SUPERUSER);
        // the driver itself, not DriverManager, which may not see it from Quarkus' class loaders
        try (Connection connection = new Driver().connect(serverUrl, login);
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (exists.executeQuery().next()) {
                return;
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + database + " on the embedded PostgreSQL", e);
        }
    }
}
