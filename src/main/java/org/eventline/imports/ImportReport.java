package org.eventline.imports;

import org.eventline.write.RecordCounts;

/** What an import did, per kind of record. */
public record ImportReport(RecordCounts sources, RecordCounts actors, RecordCounts locations, RecordCounts events) {

    @Override
    public String toString() {
        return "events %d created, %d unchanged; actors %d/%d; locations %d/%d; sources %d/%d".formatted(
                events.created(), events.unchanged(), actors.created(), actors.unchanged(),
                locations.created(), locations.unchanged(), sources.created(), sources.unchanged());
    }
}
