package org.eventline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeysetPagingTest {

    @Test
    void theNextLinkReplacesTheCursorAndKeepsEveryOtherParameterAsSent() {
        assertEquals("q=caf%C3%A9&location=aleppo,idlib&limit=5&cursor=bmV4dA",
                KeysetPaging.withCursor("q=caf%C3%A9&cursor=b2xk&location=aleppo,idlib&limit=5", "bmV4dA"));
    }

    @Test
    void aFirstPageGetsTheCursorAdded() {
        assertEquals("cursor=bmV4dA", KeysetPaging.withCursor(null, "bmV4dA"));
        assertEquals("limit=5&cursor=bmV4dA", KeysetPaging.withCursor("limit=5&", "bmV4dA"));
    }

    @Test
    void aParameterMerelyStartingWithCursorIsKept() {
        assertEquals("cursors=1&cursor=bmV4dA", KeysetPaging.withCursor("cursors=1&cursor", "bmV4dA"));
    }
}
