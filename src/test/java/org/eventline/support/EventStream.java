package org.eventline.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.restassured.path.json.JsonPath;

/**
 * A client of a server-sent event stream for tests, reading as a browser's EventSource does: events
 * (id and data lines up to a blank line) are queued as they arrive, comment lines are counted.
 */
public final class EventStream implements AutoCloseable {

    /** One event: its id, and its data parsed as JSON. */
    public record Message(String id, String data) {
        public JsonPath json() {
            return new JsonPath(data);
        }
    }

    private final HttpURLConnection connection;
    private final int status;
    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final AtomicInteger comments = new AtomicInteger();
    private volatile boolean ended;

    private EventStream(HttpURLConnection connection) throws IOException {
        this.connection = connection;
        this.status = connection.getResponseCode();
        if (status == 200) {
            Thread reader = new Thread(this::read, "test-event-stream");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Opens the stream at this URL with these request headers (Accept: text/event-stream is added). */
    public static EventStream open(String url, Map<String, String> headers) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setRequestProperty("Accept", "text/event-stream");
            headers.forEach(connection::setRequestProperty);
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(60_000);
            return new EventStream(connection);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int status() {
        return status;
    }

    public String header(String name) {
        return connection.getHeaderField(name);
    }

    /** The body of a refusal (a problem+json answer). */
    public String errorBody() {
        try (InputStream body = connection.getErrorStream()) {
            return body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int comments() {
        return comments.get();
    }

    public boolean ended() {
        return ended;
    }

    /** The next event, waiting up to the timeout; null when none came. */
    public Message next(Duration timeout) {
        try {
            return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every event received until one matches (included), waiting up to the timeout in all; fails when none does. */
    public List<Message> until(Predicate<Message> last, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Message> received = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            Message message = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (message != null) {
                received.add(message);
                if (last.test(message)) {
                    return received;
                }
            }
        }
        throw new AssertionError("no awaited event within " + timeout + "; received " + received);
    }

    /**
     * Hangs up, as a client that goes away. HttpURLConnection closes the stream under the lock its reader
     * holds while it waits, so this returns when the next event or heartbeat arrives.
     */
    @Override
    public void close() {
        connection.disconnect();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
            String id = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        messages.add(new Message(id, data.toString()));
                    }
                    id = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                } else if (line.startsWith("id:")) {
                    id = value(line);
                } else if (line.startsWith("data:")) {
                    data = data == null ? new StringBuilder(value(line)) : data.append('\n').append(value(line));
                }
            }
        } catch (IOException closed) {
            // the test hung up, or the server closed the stream
        } finally {
            ended = true;
        }
    }

    private static String value(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }
}
