package org.eventline.imports;

import java.util.Arrays;
import java.util.Optional;

import org.eventline.vocabulary.ActorRole;

/**
 * The codes of GED's type_of_violence, each its own event type (V027), so that state-based,
 * non-state and one-sided violence stay apart: 1 and 2 are deadly violence between the two
 * sides (a clash, a strike or shelling: the row does not say which), 3 is side A against civilians.
 */
enum UcdpViolence {
    STATE_BASED(1, "state_based_violence", "state-based conflict", ActorRole.PARTICIPANT, ActorRole.PARTICIPANT),
    NON_STATE(2, "non_state_violence", "non-state conflict", ActorRole.PARTICIPANT, ActorRole.PARTICIPANT),
    ONE_SIDED(3, "attack_on_civilians", "one-sided violence", ActorRole.PERPETRATOR, ActorRole.TARGET);

    final int code;
    /** The event type's code. */
    final String eventType;
    /** UCDP's name for it, the label of the ucdp_type_of_violence code. */
    final String label;
    final ActorRole sideARole;
    final ActorRole sideBRole;

    UcdpViolence(int code, String eventType, String label, ActorRole sideARole, ActorRole sideBRole) {
        this.code = code;
        this.eventType = eventType;
        this.label = label;
        this.sideARole = sideARole;
        this.sideBRole = sideBRole;
    }

    static Optional<UcdpViolence> of(long code) {
        return Arrays.stream(values()).filter(violence -> violence.code == code).findFirst();
    }

    /**
     * A title that claims no more than the row says: people died in violence between the sides (or
     * by side A against civilians), at the place; an aggregate says it gathers several incidents.
     */
    String title(String sideA, String sideB, String place, boolean aggregate) {
        String title = this == ONE_SIDED
                ? "Deadly violence by " + sideA + " against civilians at " + place
                : "Deadly violence between " + sideA + " and " + sideB + " at " + place;
        return aggregate ? title + " (several incidents reported together)" : title;
    }
}
