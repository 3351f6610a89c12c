package org.eventline.history;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.logging.Logger;

/**
 * One client of the change stream: reads the feed after its position a page at a time, sends the page,
 * and reads the next only once every send of the previous one completed, so a slow reader holds one
 * page at most; between pages it holds nothing, not even a connection, until woken.
 */
final class ChangeSubscriber {

    private static final Logger LOG = Logger.getLogger(ChangeSubscriber.class);

    /** What a subscriber needs from the stream: its pages, how events are written, and where it works. */
    interface Source {
        List<Revision> page(ChangeFeedQuery query, long after, int limit);

        String json(Revision revision);

        long latest();

        Executor readers();

        void closed(ChangeSubscriber subscriber);
    }

    private final ChangeFeedQuery query;
    private final SseEventSink sink;
    private final Sse sse;
    private final Runnable disconnect;
    private final Source source;
    private final int pageSize;

    /** Every revision up to this one was sent or did not match: the next page starts after it. */
    private volatile long position;
    private boolean busy;
    private boolean wokenWhileBusy;
    private boolean closed;
    /** When the sends under way started (System.nanoTime), or 0 when none is. */
    private volatile long sendingSince;

    ChangeSubscriber(ChangeFeedQuery query, SseEventSink sink, Sse sse, Runnable disconnect, Source source, int pageSize) {
        this.query = query;
        this.sink = sink;
        this.sse = sse;
        this.disconnect = disconnect;
        this.source = source;
        this.pageSize = pageSize;
        this.position = query.after();
    }

    /** New revisions may be there: read them, now or as soon as the page under way is sent. */
    synchronized void wake() {
        if (closed) {
            return;
        }
        if (busy) {
            wokenWhileBusy = true;
            return;
        }
        busy = true;
        source.readers().execute(this::readPage);
    }

    /** A comment, when nothing else is being sent, so proxies see the connection is alive. */
    synchronized void heartbeat() {
        if (closed || busy) {
            return;
        }
        busy = true;
        send(List.of(sse.newEventBuilder().comment("keep-alive").build())).whenComplete((sent, failure) -> {
            if (failure != null) {
                close();
            } else {
                idle();
            }
        });
    }

    /** Whether the client went away, or has not taken what was sent within the stall timeout. */
    boolean gone() {
        return sink.isClosed();
    }

    boolean stalledFor(long nanos) {
        long since = sendingSince;
        return since != 0 && System.nanoTime() - since > nanos;
    }

    /** Ends the stream cleanly: the client reconnects (elsewhere, at shutdown) with its last id. */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            sink.close();
        } catch (RuntimeException e) {
            LOG.debugf("change stream: closing a subscriber: %s", e.getMessage());
        }
        source.closed(this);
    }

    /** Drops a client that stopped reading: the connection is reset, so what it did not take is freed. */
    void drop() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        disconnect.run();
        source.closed(this);
    }

    private void readPage() {
        // read before the query: every revision up to it is visible to the query
        long latest = source.latest();
        List<Revision> page;
        try {
            page = source.page(query, position, pageSize);
        } catch (RuntimeException e) {
            // the database is away: the next wake-up (a tick, or a reconnection) tries again
            LOG.debugf("change stream: reading a page failed: %s", e.getMessage());
            synchronized (this) {
                busy = false;
            }
            return;
        }
        boolean full = page.size() == pageSize;
        if (page.isEmpty()) {
            position = Math.max(position, latest);
            idle();
            return;
        }
        long last = page.get(page.size() - 1).revision();
        List<OutboundSseEvent> events;
        try {
            events = page.stream()
                    .map(revision -> sse.newEventBuilder()
                            .id(query.cursor().encode(revision.revision()))
                            .data(source.json(revision))
                            .build())
                    .toList();
        } catch (RuntimeException e) {
            LOG.errorf(e, "change stream: a page could not be written");
            close();
            return;
        }
        // a page shorter than asked holds every match up to the latest revision known before it was read
        long reached = full ? last : Math.max(last, latest);
        send(events).whenComplete((sent, failure) -> {
            if (failure != null) {
                close();
                return;
            }
            position = reached;
            if (full) {
                source.readers().execute(this::readPage);
            } else {
                idle();
            }
        });
    }

    private CompletableFuture<Void> send(List<OutboundSseEvent> events) {
        synchronized (this) {
            if (closed || sink.isClosed()) {
                return CompletableFuture.failedFuture(new IllegalStateException("closed"));
            }
        }
        sendingSince = Math.max(1, System.nanoTime());
        CompletableFuture<?>[] sends;
        try {
            sends = events.stream().map(event -> sink.send(event).toCompletableFuture()).toArray(CompletableFuture[]::new);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.allOf(sends).whenComplete((sent, failure) -> sendingSince = 0);
    }

    private void idle() {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (!wokenWhileBusy) {
                busy = false;
                return;
            }
            wokenWhileBusy = false;
        }
        source.readers().execute(this::readPage);
    }
}
