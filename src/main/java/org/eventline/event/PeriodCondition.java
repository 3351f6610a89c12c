package org.eventline.event;

/**
 * The date-period rule of DateEnvelope.overlaps and within, written in SQL over the columns that
 * hold an envelope's first and last day (null: open): every query that filters by period takes its
 * comparisons from here, and PeriodConditionTest proves them equal to DateEnvelope's. They are
 * plain comparisons so that the btree indexes on the start day (V008, V012) serve them.
 *
 * @param start the column of the envelope's first day
 * @param end the column of its last day, null while the event is ongoing
 */
public record PeriodCondition(String start, String end) {

    /** The parameter holding the period's first day. */
    public static final String FROM = "from";
    /** The parameter holding the period's last day. */
    public static final String TO = "to";

    /** The envelope of an event row, or of its copy in a timeline (V012), by the table's alias. */
    public static PeriodCondition of(String alias) {
        return new PeriodCondition(alias + ".date_start", alias + ".date_end");
    }

    /** What the period's first day (:from) asks: overlap, ends on or after it (open envelopes never end); within, starts on or after it. */
    public String fromBound(DateMatch match) {
        return match == DateMatch.WITHIN ? start + " >= :" + FROM : "(" + end + " is null or " + end + " >= :" + FROM + ")";
    }

    /** What the period's last day (:to) asks: overlap, starts on or before it; within, ends on or before it (the start too, for the index). */
    public String toBound(DateMatch match) {
        return match == DateMatch.WITHIN ? end + " <= :" + TO + " and " + start + " <= :" + TO : start + " <= :" + TO;
    }
}
