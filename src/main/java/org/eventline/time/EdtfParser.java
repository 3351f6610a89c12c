package org.eventline.time;

import java.time.LocalDate;

/**
 * Reads EDTF levels 0 and 1 into an envelope: single dates, intervals, qualifiers and unspecified digits.
 * ~ (approximate), ? (uncertain) and % (both) stay apart; a qualifier on either side of an interval qualifies
 * the envelope.
 */
final class EdtfParser {

    static final int MAX_LENGTH = 64;

    private static final String SHAPES = EdtfDate.EDTF_SHAPES;
    private static final char APPROXIMATE = '~';
    private static final char UNCERTAIN = '?';
    private static final char BOTH = '%';
    private static final String QUALIFIERS = "" + APPROXIMATE + UNCERTAIN + BOTH;

    private EdtfParser() {
    }

    static DateEnvelope parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidDateException("the date is empty: " + SHAPES);
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidDateException(InvalidDateException.quote(text) + " is too long: an EDTF date has at most "
                    + MAX_LENGTH + " characters");
        }
        if (text.equals(EdtfFormat.OPEN_END)) {
            throw noEarliestDay(text);
        }
        String[] sides = text.split("/", -1);
        if (sides.length > 2) {
            throw new InvalidDateException(InvalidDateException.quote(text) + " is not a date: " + SHAPES);
        }
        if (sides.length == 1) {
            Side single = Side.parse(sides[0]);
            return DateEnvelope.of(single.date.first(), single.date.last(), single.date.precision(), single.approximate,
                    single.uncertain);
        }
        return interval(text, sides[0], sides[1]);
    }

    private static DateEnvelope interval(String text, String startText, String endText) {
        if (startText.isEmpty() || startText.equals(EdtfFormat.OPEN_END)) {
            throw noEarliestDay(text);
        }
        Side start = Side.parse(startText, "the start of " + InvalidDateException.quote(text));
        // An unknown end ("2011/") is treated like an open one: the event may still be going on.
        if (endText.isEmpty() || endText.equals(EdtfFormat.OPEN_END)) {
            return DateEnvelope.of(start.date.first(), null, start.date.precision(), start.approximate, start.uncertain);
        }
        Side end = Side.parse(endText, "the end of " + InvalidDateException.quote(text));
        LocalDate first = start.date.first();
        LocalDate last = end.date.last();
        if (last.isBefore(first)) {
            throw new InvalidDateException(InvalidDateException.quote(text) + " ends (" + endText
                    + ") before it starts (" + startText + ")");
        }
        DatePrecision precision = DatePrecision.coarser(start.date.precision(), end.date.precision());
        return DateEnvelope.of(first, last, precision, start.approximate || end.approximate,
                start.uncertain || end.uncertain);
    }

    private static InvalidDateException noEarliestDay(String text) {
        return new InvalidDateException(InvalidDateException.quote(text)
                + " has no earliest day: intervals with an open or unknown start are not supported,"
                + " give the earliest possible date, as in 2011/2016");
    }

    /** One side of an interval: a date and whether it carried ~ (approximate), ? (uncertain) or % (both). */
    private record Side(EdtfDate date, boolean approximate, boolean uncertain) {

        /** Parses a side of an interval, saying which side was wrong. */
        static Side parse(String text, String context) {
            try {
                return parse(text);
            } catch (InvalidDateException e) {
                throw new InvalidDateException(context + ": " + e.getMessage());
            }
        }

        static Side parse(String text) {
            char last = text.isEmpty() ? 0 : text.charAt(text.length() - 1);
            boolean qualified = QUALIFIERS.indexOf(last) >= 0;
            String date = qualified ? text.substring(0, text.length() - 1) : text;
            if (date.isEmpty() || QUALIFIERS.indexOf(date.charAt(date.length() - 1)) >= 0) {
                throw new InvalidDateException(InvalidDateException.quote(text) + " is not a date: " + SHAPES);
            }
            return new Side(EdtfDate.parse(date, true), last == APPROXIMATE || last == BOTH,
                    last == UNCERTAIN || last == BOTH);
        }
    }
}
