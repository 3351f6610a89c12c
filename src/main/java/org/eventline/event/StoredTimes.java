package org.eventline.event;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * Reads the days ("2016-10-14") and instants ("2016-10-14T09:30:00.123Z") of stored documents, which
 * this app wrote in those forms, with plain digit arithmetic: through DateTimeFormatter they took
 * 13 % of the CPU of a CSV export. Any other form goes to Jackson's own deserializers.
 */
final class StoredTimes {

    private StoredTimes() {
    }

    static SimpleModule module() {
        return new SimpleModule("stored-times")
                .addDeserializer(LocalDate.class, new FastOrJackson<>(LocalDate.class, StoredTimes::day, LocalDateDeserializer.INSTANCE))
                .addDeserializer(Instant.class, new FastOrJackson<>(Instant.class, StoredTimes::instant, InstantDeserializer.INSTANT));
    }

    /** The day of "yyyy-MM-dd", or null for anything else. */
    static LocalDate day(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    /** The instant of "yyyy-MM-ddTHH:mm:ss" with 0 to 9 fraction digits and "Z", or null for anything else. */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return null;
        }
        LocalDate day = day(text.substring(0, 10));
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            if (text.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(text, 20, length - 1);
            if (nanos < 0) {
                return null;
            }
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (day == null || hour < 0 || minute < 0 || second < 0 || nanos < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), hour, minute, second, nanos)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notATime) {
            return null;
        }
    }

    /** The number written by the ASCII digits text[from, to), or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The fast reading of a string, or, when it gives null, Jackson's own deserializer. */
    private static final class FastOrJackson<T> extends StdDeserializer<T> {

        private final transient Function<String, T> fast;
        private final JsonDeserializer<T> jackson;

        FastOrJackson(Class<T> type, Function<String, T> fast, JsonDeserializer<T> jackson) {
            super(type);
            this.fast = fast;
            this.jackson = jackson;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = parser.hasToken(JsonToken.VALUE_STRING) ? fast.apply(parser.getText()) : null;
            return value != null ? value : jackson.deserialize(parser, context);
        }
    }
}
