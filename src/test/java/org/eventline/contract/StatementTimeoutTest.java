package org.eventline.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.eventline.support.TestServer;

/**
 * Every pooled connection gives up on a locked table after the statement timeout, answering 503
 * query-timeout, instead of waiting for the lock: a connection without the timeout (the ones
 * migrations used at start-up once had none) would hold its slot of the pool as long as the lock.
 */
@QuarkusTest
class StatementTimeoutTest {

    private static final Pattern STATEMENT_TIMEOUT = Pattern.compile("statement_timeout=(\\d+)");

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;
    @ConfigProperty(name = "quarkus.datasource.jdbc.additional-jdbc-properties.options")
    String connectionOptions;

    @Test
    void everyPooledConnectionAnswersQueryTimeoutWhileTheEventTableIsLocked() throws Exception {
        String eventId = given().get("/api/v1/events?limit=1").then().statusCode(200).extract().path("items[0].id");
        long timeoutMillis = statementTimeoutMillis();
        List<Response> answers = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(poolSize);
        try (Connection locker = DriverManager.getConnection(TestServer.url("test"), "postgres", "")) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("lock table event in access exclusive mode");
            }
            List<Future<Response>> pending = new ArrayList<>();
            for (int i = 0; i < poolSize; i++) {
                pending.add(clients.submit(() -> given().get("/api/v1/events/" + eventId)));
            }
            // the lock outlasts the timeout well: a request still waiting then has no timeout on its connection
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis * 2 + 5_000);
            for (Future<Response> answer : pending) {
                try {
                    answers.add(answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (TimeoutException stillWaiting) {
                    locker.rollback();
                    answers.add(answer.get());
                }
            }
            locker.rollback();
        } finally {
            clients.shutdownNow();
        }
        List<String> outcomes = answers.stream().map(answer -> answer.statusCode() + " " + answer.contentType() + " "
                + (answer.statusCode() >= 400 ? answer.path("type") : "")).toList();
        List<String> expected = answers.stream().map(answer -> "503 application/problem+json urn:eventline:problem:query-timeout").toList();
        assertEquals(expected, outcomes, "every one of the pool's " + poolSize + " connections should give up after " + timeoutMillis + " ms");
    }

    private long statementTimeoutMillis() {
        Matcher timeout = STATEMENT_TIMEOUT.matcher(connectionOptions);
        if (!timeout.find()) {
            throw new IllegalStateException("no statement_timeout in the connection options: " + connectionOptions);
        }
        return Long.parseLong(timeout.group(1));
    }
}
