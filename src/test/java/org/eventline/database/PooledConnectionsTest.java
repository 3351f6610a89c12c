package org.eventline.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Every connection of the pool runs its statements under the API's statement timeout, the ones migrations used at start-up included. */
@QuarkusTest
class PooledConnectionsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyPooledConnectionHasTheStatementTimeout() throws SQLException {
        int poolSize = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        List<Connection> borrowed = new ArrayList<>();
        try {
            // holding every connection at once, so none of them can be the same one borrowed twice
            for (int i = 0; i < poolSize; i++) {
                borrowed.add(dataSource.getConnection());
            }
            for (Connection connection : borrowed) {
                assertEquals("10s", statementTimeout(connection));
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
    }

    private static String statementTimeout(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("show statement_timeout")) {
            row.next();
            return row.getString(1);
        }
    }
}
