package org.eventline.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Properties;

import org.postgresql.Driver;

/** Host, port and database of a PostgreSQL JDBC URL, and whether anything listens there. */
record ServerAddress(String host, int port, String database) {

    private static final int PROBE_TIMEOUT_MILLIS = 1000;

    static ServerAddress of(String jdbcUrl) {
        Properties parsed = Driver.parseURL(jdbcUrl, new Properties());
        if (parsed == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        // a URL may list several hosts; the first is the one a single server answers on
        String host = parsed.getProperty("PGHOST").split(",")[0];
        int port = Integer.parseInt(parsed.getProperty("PGPORT").split(",")[0]);
        return new ServerAddress(host, port, parsed.getProperty("PGDBNAME"));
    }

    boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), PROBE_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
