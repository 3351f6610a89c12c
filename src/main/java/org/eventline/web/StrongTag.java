package org.eventline.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.core.EntityTag;

/**
 * The strong ETag of one resource (an event, an actor...), derived from its JSON: it changes
 * whenever what its GET shows changes (a write, or a renamed actor an event names), and If-Match
 * on a write compares against it.
 */
public final class StrongTag {

    private StrongTag() {
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
