package org.eventline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Puts a TcpProxy between the application under test and the test database, with a small pool
 * and short timeouts so that exhaustion and runaway queries show within a second or two.
 */
public class FaultyDatabase implements QuarkusTestResourceLifecycleManager {

    private static TcpProxy proxy;

    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        try {
            proxy = TcpProxy.to(TestServer.host(), TestServer.port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test",
                "quarkus.datasource.jdbc.max-size", "3",
                "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                "quarkus.datasource.jdbc.additional-jdbc-properties.options", "-c statement_timeout=1000");
    }

    @Override
    public void stop() {
        proxy.close();
    }
}
