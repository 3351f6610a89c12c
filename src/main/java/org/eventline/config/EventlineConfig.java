package org.eventline.config;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.eventline.database.DatabaseConfig;

/** Eventline's own settings (keys under "eventline." in application.properties or EVENTLINE_* variables). */
@ConfigMapping(prefix = "eventline")
public interface EventlineConfig {

    Seed seed();

    Etag etag();

    Export export();

    DatabaseConfig database();

    ChangeStream changeStream();

    interface Seed {
        /** Load the bundled dataset at start-up (it is skipped record by record when already there). */
        @WithDefault("true")
        boolean enabled();

        /** Class-path resource of the dataset document. */
        @WithDefault("seed/aljazeera-2016-10-14-aleppo.json")
        String resource();
    }

    interface Etag {
        /**
         * How long the data version behind every ETag is reused before it is read again; writes of
         * this instance are seen at once, other replicas' within this time.
         */
        @WithDefault("1S")
        java.time.Duration versionRefresh();
    }

    interface Export {
        /**
         * Events an export reads per query, each chunk in its own short transaction; memory holds
         * one chunk. 2,000 streamed a year of 122,000 events in 4.9 s, 500 in 5.6 s (src/bench).
         */
        @WithDefault("2000")
        @Positive
        int chunkSize();
    }

    /** The live change stream (GET /changes as text/event-stream): its bounds and clocks. */
    interface ChangeStream {
        /** Subscribers one instance serves at once; the next is answered 503 with Retry-After. */
        @WithDefault("200")
        @Positive
        int maxSubscribers();

        /** Revisions a subscriber reads per query, and so the most it holds in memory. */
        @WithDefault("100")
        @Positive
        int pageSize();

        /** A comment sent to an idle subscriber this often, so proxies keep the connection open. */
        @WithDefault("15S")
        java.time.Duration heartbeat();

        /** A subscriber whose sends have not completed within this time is closed; it resumes from its last id. */
        @WithDefault("30S")
        java.time.Duration stallTimeout();

        /**
         * How often the listener reads the newest revision from the table, and wakes the subscribers if it
         * moved: the safety net under notifications (and how soon a lost listener connection is noticed).
         */
        @WithDefault("5S")
        java.time.Duration tick();

        /**
         * Threads that read subscribers' pages: each holds a pooled connection only while it reads, so the
         * stream never takes more than this many of the pool's connections, whatever its subscribers.
         */
        @WithDefault("2")
        @Positive
        int readers();
    }
}
