package org.eventline.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a text in hex, cut to the bytes a tag, a fingerprint or a slug needs: the one place that digests text. */
public final class Sha256 {

    private Sha256() {
    }

    /** The first {@code bytes} bytes (1 to 32) of the SHA-256 of the text's UTF-8, as lowercase hex. */
    public static String hex(String text, int bytes) {
        return hex(text.getBytes(StandardCharsets.UTF_8), bytes);
    }

    /** The same of bytes already encoded (a stored JSON document). */
    public static String hex(byte[] utf8, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(utf8);
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
