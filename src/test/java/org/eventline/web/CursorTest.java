package org.eventline.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cursor codec: what it round-trips, and every cursor it refuses with which message. */
class CursorTest {

    private static final String NOT_A_CURSOR = "not a cursor this API issued; use the next_cursor value of the previous page as it is";
    private static final String DIFFERENT_QUERY =
            "this cursor belongs to a different query; keep every other parameter as it was, or start again without a cursor";

    private static final QueryFingerprint ALEPPO = QueryFingerprint.of("q", "aleppo").and("kind", null);
    private static final Cursor<String> BY_SLUG = new Cursor<>(CursorKey.SLUG, ALEPPO);
    private static final Cursor<Long> BY_REVISION = new Cursor<>(CursorKey.REVISION, ALEPPO);

    /** A two-part key, like an event's (day, id). */
    private record Pair(String first, String second) {
    }

    private static final CursorKey<Pair> PAIR = new CursorKey<>("-pair", 2, pair -> List.of(pair.first(), pair.second()),
            parts -> new Pair(parts.get(0), parts.get(1)));

    @ParameterizedTest
    @ValueSource(strings = {"a", "east-aleppo", "sergey-lavrov", "x0a1b2c3d", "ünïcode-slug", ""})
    void aSlugComesBackAsItWasEncoded(String slug) {
        assertEquals(slug, BY_SLUG.decode(BY_SLUG.encode(slug)));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 1_000_000_007L, Long.MAX_VALUE})
    void aRevisionComesBackAsItWasEncoded(long revision) {
        assertEquals(revision, BY_REVISION.decode(BY_REVISION.encode(revision)));
    }

    @Test
    void aKeyOfSeveralPartsComesBackWhole() {
        Cursor<Pair> cursor = new Cursor<>(PAIR, ALEPPO);
        Pair pair = new Pair("2016-10-14", "6f1c1f8e-1111-4a4a-9d9d-000000000000");
        assertEquals(pair, cursor.decode(cursor.encode(pair)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "east-aleppo", "ünïcode-slug", "a-much-longer-slug-than-any-seen-in-the-dataset-so-far"})
    void isOpaqueBase64urlWithoutPadding(String slug) {
        String encoded = BY_SLUG.encode(slug);
        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), encoded);
    }

    @Test
    void carriesTheVersionTheSortTheQueryAndTheKey() {
        String decoded = text(BY_SLUG.encode("aleppo"));
        assertEquals(String.join("\u001f", "c1", "slug", ALEPPO.digest(), "aleppo"), decoded);
    }

    @Test
    void theSameKeyOfTheSameQueryGivesTheSameCursor() {
        assertEquals(BY_SLUG.encode("aleppo"), new Cursor<>(CursorKey.SLUG, QueryFingerprint.of("q", "aleppo").and("kind", null)).encode("aleppo"));
    }

    @Test
    void aCursorOfAnotherQueryIsRefused() {
        String cursor = BY_SLUG.encode("aleppo");
        Cursor<String> otherQuery = new Cursor<>(CursorKey.SLUG, QueryFingerprint.of("q", "homs").and("kind", null));
        assertRefused(DIFFERENT_QUERY, () -> otherQuery.decode(cursor));
    }

    @Test
    void aCursorOfTheSameFieldsWithOneMoreConditionIsRefused() {
        String cursor = BY_SLUG.encode("aleppo");
        Cursor<String> narrower = new Cursor<>(CursorKey.SLUG, ALEPPO.and("within", "syria"));
        assertRefused(DIFFERENT_QUERY, () -> narrower.decode(cursor));
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        CursorKey<String> descending = CursorKey.single("-slug", text -> text);
        String cursor = BY_SLUG.encode("aleppo");
        assertRefused(DIFFERENT_QUERY, () -> new Cursor<>(descending, ALEPPO).decode(cursor));
    }

    @Test
    void aCursorWithAKeyOfAnotherLengthIsNotACursor() {
        String slugCursor = BY_SLUG.encode("aleppo");
        assertRefused(NOT_A_CURSOR, () -> new Cursor<>(PAIR, ALEPPO).decode(slugCursor));
        // the length is checked first: a cursor of another list shape is malformed, whatever its query
        assertRefused(NOT_A_CURSOR, () -> new Cursor<>(PAIR, QueryFingerprint.of("q", null)).decode(slugCursor));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1x", "1.5", "", "99999999999999999999"})
    void aKeyThatDoesNotReadIsNotACursor(String revision) {
        String tampered = base64(String.join("\u001f", "c1", "revision", ALEPPO.digest(), revision));
        assertRefused(NOT_A_CURSOR, () -> BY_REVISION.decode(tampered));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor", "!!!", "YQ", "====", "abc def", "%2F%2F"})
    void textThatIsNotACursorIsRefused(String encoded) {
        assertRefused(NOT_A_CURSOR, () -> BY_SLUG.decode(encoded));
    }

    @Test
    void anotherVersionIsNotACursor() {
        String future = base64(String.join("\u001f", "c2", "slug", ALEPPO.digest(), "aleppo"));
        assertRefused(NOT_A_CURSOR, () -> BY_SLUG.decode(future));
    }

    @Test
    void anOverlongCursorIsRefusedBeforeItIsDecoded() {
        String overlong = base64(String.join("\u001f", "c1", "slug", ALEPPO.digest(), "a".repeat(400)));
        assertTrue(overlong.length() > 512);
        assertRefused(NOT_A_CURSOR, () -> BY_SLUG.decode(overlong));
    }

    @Test
    void aSlugCursorAndARevisionCursorOfTheSameQueryDiffer() {
        assertNotEquals(BY_SLUG.encode("1"), BY_REVISION.encode(1L));
        assertRefused(DIFFERENT_QUERY, () -> BY_REVISION.decode(BY_SLUG.encode("1")));
    }

    private static void assertRefused(String message, Runnable decode) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, decode::run);
        assertEquals(1, refused.errors().size());
        assertEquals(InvalidInput.parameter("cursor", message), refused.errors().get(0));
    }

    private static String text(String encoded) {
        return new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
