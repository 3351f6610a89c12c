package org.eventline.claim;

import java.util.List;
import java.util.UUID;

import org.eventline.event.EventFilter;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.Verification;
import org.eventline.web.QueryFingerprint;

/**
 * A validated claims query: the filter of the claims' events and the claims' own fields. Empty
 * means "no condition"; lists are sorted so equal queries have equal fingerprints.
 *
 * @param estimates estimate codes, "none" standing for claims without an estimate
 */
public record ClaimFilter(
        EventFilter events,
        List<ClaimMeasure> measures,
        List<ClaimGroup> groups,
        List<UUID> attributedTo,
        List<UUID> sources,
        List<Verification> verifications,
        List<Qualifier> qualifiers,
        List<String> estimates) {

    /** The estimate code that selects the claims without an estimate. */
    public static final String NO_ESTIMATE = EstimateChoice.NONE.code();

    /** Identifies the query a cursor belongs to: every filter, of the events and of the claims. */
    public QueryFingerprint fingerprint() {
        return QueryFingerprint.of("events", events.fingerprint().digest()).and("measures", measures).and("groups", groups)
                .and("attributed_to", attributedTo).and("sources", sources).and("verifications", verifications)
                .and("qualifiers", qualifiers).and("estimates", estimates);
    }
}
