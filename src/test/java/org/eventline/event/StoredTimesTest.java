package org.eventline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Stored days and instants read without DateTimeFormatter must read exactly as with it. */
class StoredTimesTest {

    @Test
    void daysAndInstantsReadAsJavaTimeReadsThem() {
        Random random = new Random(20161014);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(4) == 0 ? 0
                    : random.nextBoolean() ? random.nextInt(1000) * 1_000_000 : random.nextInt(1_000_000_000));
            String text = DateTimeFormatter.ISO_INSTANT.format(instant);
            assertEquals(Instant.parse(text), StoredTimes.instant(text), text);
            String day = LocalDate.ofEpochDay(random.nextInt(60_000)).toString();
            assertEquals(LocalDate.parse(day), StoredTimes.day(day), day);
        }
    }

    @Test
    void fractionsOfAnyLengthUpToNanoseconds() {
        assertEquals(Instant.parse("2016-10-14T09:30:00.5Z"), StoredTimes.instant("2016-10-14T09:30:00.5Z"));
        assertEquals(Instant.parse("2016-10-14T09:30:00.000000001Z"), StoredTimes.instant("2016-10-14T09:30:00.000000001Z"));
    }

    /** Anything else is left to Jackson's own deserializers, which read it or report it. */
    @ParameterizedTest
    @ValueSource(strings = {"", "2016-13-01", "2016-02-30", "2016-1-014", "+12016-01-01", "2016-10-14T", "2016-10-14T25:00:00Z",
            "2016-10-14T09:30:00", "2016-10-14T09:30:00+01:00", "2016-10-14T09:30:00.Z", "2016-10-14T09:30:00.1234567891Z",
            "2016-10-14 09:30:00Z", "2016-10-14T09:3a:00Z", "２０１６-10-14"})
    void otherFormsAreNotGuessed(String text) {
        assertNull(StoredTimes.instant(text), text);
        assertNull(StoredTimes.day(text), text);
    }
}
