package org.eventline.event;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.eventline.actor.Actor;
import org.eventline.source.Source;
import org.eventline.time.DateEnvelope;
import org.eventline.time.DatePrecision;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Estimate;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.Verification;

/**
 * One reported figure, kept as reported: what is counted, the value with its qualifier, the period,
 * who made the claim and where we read it. Conflicting figures are separate claims.
 */
@Entity
public class Claim {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public Event event;

    public int position;

    public ClaimMeasure measure;

    public ClaimGroup affectedGroup;

    /** Whose members the group counts (the side whose combatants died); null when the group is not one actor's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_actor_id")
    public Actor groupActor;

    @Column(name = "min_value")
    public Long min;

    @Column(name = "max_value")
    public Long max;

    public Qualifier qualifier;

    /** Which of the claimant's estimates this is (low, best, high), when it publishes several. */
    public Estimate estimate;

    /** The wording of the figure, such as "dozens" or "at least 100". */
    public String reportedAs;

    public LocalDate periodStart;

    public LocalDate periodEnd;

    public DatePrecision periodPrecision;

    public Boolean periodApproximate;

    public Boolean periodUncertain;

    public String periodLabel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attributed_to_id")
    public Actor attributedTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;

    public Verification verification;

    /** The period the figure covers, or null when the claim names none. */
    public DateEnvelope period() {
        if (periodStart == null) {
            return null;
        }
        return new DateEnvelope(periodStart, periodEnd, periodPrecision, Boolean.TRUE.equals(periodApproximate),
                Boolean.TRUE.equals(periodUncertain), periodLabel);
    }

    public void setPeriod(DateEnvelope period) {
        periodStart = period == null ? null : period.start();
        periodEnd = period == null ? null : period.end();
        periodPrecision = period == null ? null : period.precision();
        periodApproximate = period == null ? null : period.approximate();
        periodUncertain = period == null ? null : period.uncertain();
        periodLabel = period == null ? null : period.label();
    }
}
