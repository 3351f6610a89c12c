package org.eventline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import org.eventline.jdbc.NamedStatement;
import org.eventline.support.TestServer;
import org.eventline.time.DateEnvelope;
import org.eventline.time.DatePeriod;
import org.eventline.time.DatePrecision;

/**
 * The period rule as the queries run it (EventConditions, with the span-class range the indexes
 * read) against its specification, DateEnvelope.overlaps and within: random envelopes, open-ended
 * ones among them, and random periods open on either side, evaluated in PostgreSQL and in Java;
 * and the start-day ranges a page reads (EventPageQuery), which must hold every match.
 */
class PeriodConditionTest {

    private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);
    private static Connection connection;

    @Property(tries = 400)
    void theSqlRuleIsDateEnvelopesRule(@ForAll("periods") DatePeriod period, @ForAll DateMatch match,
            @ForAll("envelopes") List<DateEnvelope> envelopes) throws SQLException {
        TreeSet<Integer> expected = new TreeSet<>();
        for (int i = 0; i < envelopes.size(); i++) {
            DateEnvelope envelope = envelopes.get(i);
            if (match == DateMatch.WITHIN ? envelope.within(period.from(), period.to()) : envelope.overlaps(period.from(), period.to())) {
                expected.add(i);
            }
        }
        assertEquals(expected, matchingInSql(envelopes, periodFilter(period, match)), period + " " + match + " " + envelopes);
    }

    /** A page reads each span class from a range of start days: no event the rule keeps may start outside it. */
    @Property(tries = 400)
    void thePagesStartRangesHoldEveryMatch(@ForAll("periods") DatePeriod period, @ForAll DateMatch match,
            @ForAll("envelopes") List<DateEnvelope> envelopes) {
        EventFilter filter = periodFilter(period, match);
        for (DateEnvelope envelope : envelopes) {
            if (match == DateMatch.WITHIN ? envelope.within(period.from(), period.to()) : envelope.overlaps(period.from(), period.to())) {
                LocalDate earliest = EventPageQuery.earliestStart(filter, spanClass(envelope));
                assertTrue(earliest == null || !envelope.start().isBefore(earliest), envelope + " starts before " + earliest);
                assertTrue(period.to() == null || !envelope.start().isAfter(period.to()), envelope + " starts after " + period.to());
            }
        }
    }

    @Provide
    Arbitrary<DatePeriod> periods() {
        Arbitrary<LocalDate> bound = days().injectNull(0.25);
        return Combinators.combine(bound, bound).as((a, b) -> a == null || b == null || !a.isAfter(b)
                ? new DatePeriod(a, b) : new DatePeriod(b, a));
    }

    @Provide
    Arbitrary<List<DateEnvelope>> envelopes() {
        // lengths across every span class boundary (0, 7, 31, 92, 366 days), and open ends
        Arbitrary<Integer> length = Arbitraries.oneOf(Arbitraries.integers().between(0, 40),
                Arbitraries.of(6, 7, 8, 30, 31, 32, 91, 92, 93, 365, 366, 367), Arbitraries.integers().between(0, 900));
        Arbitrary<DateEnvelope> envelope = Combinators.combine(days(), length.injectNull(0.2))
                .as((start, days) -> DateEnvelope.of(start, days == null ? null : start.plusDays(days), DatePrecision.DAY, false));
        return envelope.list().ofMinSize(1).ofMaxSize(40);
    }

    private static Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 1500).map(EPOCH::plusDays);
    }

    private static EventFilter periodFilter(DatePeriod period, DateMatch match) {
        return new EventFilter(period.from(), period.to(), match, List.of(), List.of(), null, List.of(), null, null,
                List.of(), null, null);
    }

    /** The positions of the envelopes the conditions of /events keep, as PostgreSQL evaluates them. */
    private static TreeSet<Integer> matchingInSql(List<DateEnvelope> envelopes, EventFilter filter) throws SQLException {
        EventConditions conditions = EventConditions.of(filter);
        Map<String, Object> values = new LinkedHashMap<>(conditions.parameters());
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        List<String> spanClasses = new ArrayList<>();
        for (DateEnvelope envelope : envelopes) {
            starts.add(envelope.start().toString());
            ends.add(envelope.end() == null ? null : envelope.end().toString());
            spanClasses.add(String.valueOf(spanClass(envelope).code()));
        }
        values.put("starts", starts.toArray(String[]::new));
        values.put("ends", ends.toArray(String[]::new));
        values.put("spanClasses", spanClasses.toArray(String[]::new));
        NamedStatement statement = new NamedStatement("select cast(e.n as int) - 1 from unnest(cast(:starts as date[]),"
                + " cast(:ends as date[]), cast(:spanClasses as smallint[])) with ordinality"
                + " as e(date_start, date_end, date_span_class, n) where " + conditions.sql(), values);
        TreeSet<Integer> matching = new TreeSet<>();
        try (PreparedStatement query = statement.prepare(connection()); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                matching.add(rows.getInt(1));
            }
        }
        return matching;
    }

    /** The class event.date_span_class stores (V012), by DateSpanClass's own bounds. */
    private static DateSpanClass spanClass(DateEnvelope envelope) {
        if (envelope.end() == null) {
            return DateSpanClass.LONG;
        }
        for (DateSpanClass spanClass : DateSpanClass.values()) {
            LocalDate earliest = spanClass.earliestStartOverlapping(envelope.end());
            if (earliest == null || ChronoUnit.DAYS.between(earliest, envelope.start()) >= 0) {
                return spanClass;
            }
        }
        throw new IllegalStateException("LONG takes every envelope");
    }

    private static Connection connection() throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection(TestServer.url("test"), "postgres", "");
        }
        return connection;
    }

    @AfterContainer
    static void closeConnection() throws SQLException {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
