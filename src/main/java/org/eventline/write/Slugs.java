package org.eventline.write;

import java.text.Normalizer;
import java.util.Locale;

import org.eventline.web.Sha256;

/** The slug rule, in one place: what a well-formed slug is, and how one is made from a name. */
public final class Slugs {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private Slugs() {
    }

    /** Whether the slug is there and well formed; records a problem at the path when not. */
    public static boolean check(String slug, String path, Problems problems) {
        if (!problems.require(slug, path)) {
            return false;
        }
        if (!slug.matches(SLUG)) {
            problems.add(path, "must be lowercase letters and digits joined by single hyphens, like 'east-aleppo'");
            return false;
        }
        return true;
    }

    /** A well-formed slug for any text: accents dropped, runs of other characters made one hyphen. */
    public static String of(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" + shortHash(text) : slug;
    }

    /** Eight hex digits of the text's SHA-256: tells apart slugs that would otherwise be the same. */
    public static String shortHash(String text) {
        return Sha256.hex(text, 4);
    }
}
