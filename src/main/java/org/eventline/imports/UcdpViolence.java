package org.eventline.imports;

import org.eventline.vocabulary.ActorRole;

/**
 * The codes of GED's type_of_violence, and the event each makes: 3 (one-sided violence) is side A
 * against civilians; 1 (state-based) and 2 (non-state), and any other code, are fighting between
 * the two sides.
 */
enum UcdpViolence {
    FIGHTING("armed_clash", ActorRole.PARTICIPANT, ActorRole.PARTICIPANT),
    ONE_SIDED("attack_on_civilians", ActorRole.PERPETRATOR, ActorRole.TARGET);

    private static final int ONE_SIDED_CODE = 3;

    /** The event type's code. */
    final String eventType;
    final ActorRole sideARole;
    final ActorRole sideBRole;

    UcdpViolence(String eventType, ActorRole sideARole, ActorRole sideBRole) {
        this.eventType = eventType;
        this.sideARole = sideARole;
        this.sideBRole = sideBRole;
    }

    static UcdpViolence of(long code) {
        return code == ONE_SIDED_CODE ? ONE_SIDED : FIGHTING;
    }

    String title(String sideA, String sideB, String place) {
        return this == ONE_SIDED
                ? sideA + " kills civilians at " + place
                : "Fighting between " + sideA + " and " + sideB + " at " + place;
    }
}
