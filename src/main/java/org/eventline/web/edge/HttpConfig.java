package org.eventline.web.edge;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the HTTP layer that Quarkus has no setting for (keys under "eventline.http."). */
@ConfigMapping(prefix = "eventline.http")
public interface HttpConfig {

    /**
     * How long a client may take to send a request head (request line and headers), from
     * connecting or from the end of the previous answer; then it gets 408 and the connection
     * closes. The idle timeout restarts on every byte, so it never stops a client that sends one
     * byte every few seconds (300 such connections all stayed open for a minute).
     */
    @WithDefault("10S")
    Duration requestHeadTimeout();
}
