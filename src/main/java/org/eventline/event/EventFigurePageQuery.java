package org.eventline.event;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eventline.jdbc.NamedStatement;

/**
 * The one statement of a page of events in figure order (sort=figure, -figure): a range scan of
 * the events' figures for the measure (event_figure, V022) in the order's index, from the filter's
 * lower bound, stopping at the page's size. An event's figure is the largest among its claims of
 * the measure; events with none are not in event_figure, so the order leaves them out, as the
 * measure's filter does. The full filter (EventConditions) is applied to every row; a period alone
 * is checked on the index's copy of the event's days, without reading the event.
 */
final class EventFigurePageQuery {

    private EventFigurePageQuery() {
    }

    static NamedStatement create(EventFilter filter, EventSort sort, EventKey after, int limit) {
        FigureFilter figure = filter.figure();
        EventConditions conditions = EventConditions.onTimeline(filter, EventConditions.Covered.FIGURES, "f");
        Map<String, Object> values = new LinkedHashMap<>(conditions.parameters());
        values.put("orderMeasure", figure.measure().code());
        values.put("orderMin", figure.minOrZero());
        String direction = sort.descending() ? " desc" : "";
        StringBuilder sql = new StringBuilder("select page.id, page.figure, d.document from (\n  select f.event_id as id, f.figure")
                .append(" from event_figure f").append(conditions.periodOnly() ? "" : " join event e on e.id = f.event_id")
                .append(" where f.measure = :orderMeasure and f.figure >= :orderMin");
        if (after != null) {
            values.put("afterFigure", after.figure());
            values.put("afterId", after.id());
            sql.append(" and (f.figure, f.event_id) ").append(sort.descending() ? "<" : ">").append(" (:afterFigure, :afterId)");
        }
        // limits are literals, not parameters: a generic plan would otherwise assume a tenth of the table
        sql.append(" and ").append(conditions.sql().replace("\n", " "))
                .append(" order by f.figure").append(direction).append(", f.event_id").append(direction).append(" limit ").append(limit)
                .append("\n) page join event d on d.id = page.id order by page.figure").append(direction)
                .append(", page.id").append(direction);
        return new NamedStatement(sql.toString(), values);
    }
}
