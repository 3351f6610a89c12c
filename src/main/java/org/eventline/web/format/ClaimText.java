package org.eventline.web.format;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eventline.event.view.EventView.ClaimView;
import org.eventline.vocabulary.Coded;
import org.eventline.vocabulary.Qualifier;

/** Renders a claim for a spreadsheet cell: "killed civilians: at least 6 [Syria Civil Defence, unverified]". */
final class ClaimText {

    private ClaimText() {
    }

    static String of(ClaimView claim) {
        String counted = words(claim.measure(), claim.group());
        String provenance = Stream.of(claim.attributedTo() == null ? null : claim.attributedTo().name(),
                        claim.verification() == null ? null : claim.verification().code())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return (counted.isEmpty() ? "" : counted + ": ") + figure(claim)
                + (provenance.isEmpty() ? "" : " [" + provenance + "]");
    }

    /** The figure as reported; a range is never collapsed into one number. */
    static String figure(ClaimView claim) {
        Long low = claim.min() != null ? claim.min() : claim.max();
        Long high = claim.max() != null ? claim.max() : claim.min();
        Qualifier qualifier = claim.qualifier();
        if (low == null || qualifier == Qualifier.UNSPECIFIED) {
            // "dozens", "hundreds": the wording is the figure.
            return claim.reportedAs() != null ? claim.reportedAs() : low != null ? low.toString() : "unspecified";
        }
        boolean isRange = !low.equals(high);
        String figure = isRange ? low + "–" + high : low.toString();
        if (qualifier == null) {
            return figure;
        }
        return switch (qualifier) {
            // "exactly 6–8" reads as nonsense: a range reported as exact is just the range.
            case EXACTLY -> isRange ? figure : "exactly " + figure;
            case ABOUT -> "about " + figure;
            case AT_LEAST -> "at least " + low;
            case MORE_THAN -> "more than " + low;
            case AS_MANY_AS -> "as many as " + high;
            case UNSPECIFIED -> figure;
        };
    }

    /** "killed civilians" from killed + civilians; codes keep their underscores out of prose. */
    private static String words(Coded... codes) {
        return Stream.of(codes)
                .filter(Objects::nonNull)
                .map(code -> code.code().replace('_', ' '))
                .collect(Collectors.joining(" "));
    }
}
