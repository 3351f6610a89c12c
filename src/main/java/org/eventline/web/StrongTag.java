package org.eventline.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.core.EntityTag;

/**
 * The strong ETag of one event, derived from its stored JSON: it changes whenever what GET
 * /events/{id} shows changes (a write, or a renamed actor it names), and If-Match on a write
 * compares against it.
 */
public final class EventTag {

    private EventTag() {
    }

    public static EntityTag of(String document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
