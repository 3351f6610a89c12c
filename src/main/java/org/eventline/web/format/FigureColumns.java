package org.eventline.web.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eventline.event.view.EventView;
import org.eventline.figure.ClaimFigure;
import org.eventline.figure.ClaimedCount;
import org.eventline.figure.CountRange;
import org.eventline.vocabulary.ClaimMeasure;

/** The numeric figure columns the CSV and GeoJSON exports share: killed_min, killed_max, injured_min, injured_max (CountRange). */
final class FigureColumns {

    /** The column names in their order; null values are empty cells (CSV) or nulls (GeoJSON). */
    static final List<String> NAMES = List.of("killed_min", "killed_max", "injured_min", "injured_max");

    private FigureColumns() {
    }

    /** The columns of one event, by name, in NAMES's order. */
    static Map<String, Long> of(EventView event) {
        List<ClaimedCount> claims = event.claims() == null ? List.of() : event.claims().stream()
                .map(claim -> new ClaimedCount(claim.measure(), claim.group(),
                        claim.attributedTo() == null ? null : claim.attributedTo().id(), claim.estimate(),
                        new ClaimFigure(claim.min(), claim.max())))
                .toList();
        CountRange killed = CountRange.of(ClaimMeasure.KILLED, claims);
        CountRange injured = CountRange.of(ClaimMeasure.INJURED, claims);
        Map<String, Long> columns = new LinkedHashMap<>();
        columns.put("killed_min", killed.min());
        columns.put("killed_max", killed.max());
        columns.put("injured_min", injured.min());
        columns.put("injured_max", injured.max());
        return columns;
    }
}
