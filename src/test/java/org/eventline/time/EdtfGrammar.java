package org.eventline.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The EDTF productions Eventline writes, transcribed from the Library of Congress EDTF specification (2019, the
 * profile of ISO 8601-2 that edtf.js implements), so that what the app writes is checked against the standard and
 * not against the app's own parser.
 *
 * <pre>
 * Level 0, Date:            complete representation  [year]-[month]-[day]   2016-10-14
 *                           reduced precision        [year]-[month]         2016-10
 *                                                    [year]                 2016
 *                           year: four digits 0000-9999; month 01-12; day 01-31 (a day the month has)
 * Level 0, Time Interval:   [date]/[date], both start and end dates, no time of day    2004-02-01/2005-02
 * Level 1, Qualification:   a date followed by ? (uncertain), ~ (approximate) or % (uncertain and approximate)
 * Level 1, Extended Interval: either side may be a qualified date, ".." (open: there is none) or empty
 *                           (unknown): 1984~/2004-06, 1984?/2004%, 1985-04-12/.., /1985-04-12
 * </pre>
 * Nothing of level 2 is written (exponential years, significant digits, groupings, sets, qualified components,
 * unspecified digits), nor level 1's seasons, Y-years, negative years or unspecified digits.
 *
 * An interval's start comes before its end (ISO 8601-1): every day the start may be precedes every day the end may
 * be, which is stricter than edtf.js (lower bound earlier than upper bound) and so implies it.
 */
public final class EdtfGrammar {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern QUALIFIED = Pattern.compile("(" + DATE.pattern() + ")([?~%]?)");
    private static final String OPEN = "..";

    private EdtfGrammar() {
    }

    /** Why the text is not EDTF as Eventline writes it, or null when it is. */
    public static String violation(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            Side date = side(text);
            return date == null ? "not a date, qualified or not" : null;
        }
        String startText = text.substring(0, slash);
        String endText = text.substring(slash + 1);
        if (endText.indexOf('/') >= 0) {
            return "more than one /";
        }
        boolean startIsDate = !startText.isEmpty() && !startText.equals(OPEN);
        boolean endIsDate = !endText.isEmpty() && !endText.equals(OPEN);
        if (!startIsDate && !endIsDate) {
            return "an interval needs a date on one side";
        }
        Side start = startIsDate ? side(startText) : null;
        Side end = endIsDate ? side(endText) : null;
        if ((startIsDate && start == null) || (endIsDate && end == null)) {
            return "a side is not a date, qualified or not, nor .. nor empty";
        }
        if (start != null && end != null && !start.last.isBefore(end.first)) {
            return "the start (" + startText + ") does not come before the end (" + endText + ")";
        }
        return null;
    }

    public static boolean conforms(String text) {
        return violation(text) == null;
    }

    /** The days a side may stand for; null when it is not a (qualified) level 0 date. */
    private static Side side(String text) {
        Matcher qualified = QUALIFIED.matcher(text);
        if (!qualified.matches()) {
            return null;
        }
        Matcher date = DATE.matcher(qualified.group(1));
        date.matches();
        int year = Integer.parseInt(date.group(1));
        try {
            if (date.group(2) == null) {
                return new Side(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(date.group(2)));
            if (date.group(3) == null) {
                return new Side(month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = month.atDay(Integer.parseInt(date.group(3)));
            return new Side(day, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private record Side(LocalDate first, LocalDate last) {
    }
}
