package org.eventline.event;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.eventline.web.Cursor;
import org.eventline.web.InvalidInputException;
import org.eventline.web.QueryFingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An event's keyset position in a cursor: both orders, and tampered keys. */
class EventKeyTest {

    private static final QueryFingerprint QUERY = QueryFingerprint.of("from", LocalDate.of(2016, 1, 1));
    private static final EventKey KEY = new EventKey(LocalDate.of(2016, 10, 14), UUID.fromString("6f1c1f8e-1111-4a4a-9d9d-000000000000"));

    @ParameterizedTest
    @EnumSource(EventSort.class)
    void comesBackAsItWasEncodedInEitherOrder(EventSort sort) {
        Cursor<EventKey> cursor = new Cursor<>(EventKey.in(sort), QUERY);
        EventKey key = sort.byFigure() ? EventKey.ofFigure(400000, KEY.id()) : KEY;
        assertEquals(key, cursor.decode(cursor.encode(key)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0044-03-15", "0001-01-01", "9999-12-31", "+10000-01-01"})
    void farDatesComeBack(String day) {
        Cursor<EventKey> cursor = new Cursor<>(EventKey.in(EventSort.DATE), QUERY);
        EventKey key = new EventKey(LocalDate.parse(day), KEY.id());
        assertEquals(key, cursor.decode(cursor.encode(key)));
    }

    @Test
    void aFigureCursorIsNotADateCursor() {
        String byFigure = new Cursor<>(EventKey.in(EventSort.FIGURE_DESCENDING), QUERY).encode(EventKey.ofFigure(7, KEY.id()));
        assertMessage("different query", () -> new Cursor<>(EventKey.in(EventSort.DATE_DESCENDING), QUERY).decode(byFigure));
    }

    @Test
    void aCursorOfTheOtherOrderBelongsToADifferentQuery() {
        String ascending = new Cursor<>(EventKey.in(EventSort.DATE), QUERY).encode(KEY);
        assertMessage("different query", () -> new Cursor<>(EventKey.in(EventSort.DATE_DESCENDING), QUERY).decode(ascending));
    }

    @Test
    void aCursorOfAnotherFilterBelongsToADifferentQuery() {
        String cursor = new Cursor<>(EventKey.in(EventSort.DATE), QUERY).encode(KEY);
        assertMessage("different query", () -> new Cursor<>(EventKey.in(EventSort.DATE), QUERY.and("types", null)).decode(cursor));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-02-30|6f1c1f8e-1111-4a4a-9d9d-000000000000", "2016-10-14|not-a-uuid", "|", "x|y"})
    void aTamperedKeyIsNotACursor(String parts) {
        String[] key = parts.split("\\|", -1);
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                String.join("\u001f", "c1", "date", QUERY.digest(), key[0], key[1]).getBytes(StandardCharsets.UTF_8));
        assertMessage("not a cursor", () -> new Cursor<>(EventKey.in(EventSort.DATE), QUERY).decode(tampered));
    }

    @Test
    void theHandMadeCursorOfEventErrorsTestBelongsToADifferentQuery() {
        // c1, date, fingerprint deadbeef, 2016-10-14, an id: well formed, from no query this API answers
        String handMade = "YzEfZGF0ZR9kZWFkYmVlZh8yMDE2LTEwLTE0HzZmMWMxZjhlLTExMTEtNGE0YS05ZDlkLTAwMDAwMDAwMDAwMA";
        assertMessage("different query", () -> new Cursor<>(EventKey.in(EventSort.DATE), QUERY).decode(handMade));
    }

    private static void assertMessage(String part, Runnable decode) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, decode::run);
        assertEquals("cursor", refused.errors().get(0).parameter());
        assertTrue(refused.errors().get(0).message().contains(part), refused.errors().get(0).message());
    }
}
