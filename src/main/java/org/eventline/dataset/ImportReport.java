package org.eventline.dataset;

/** What an import did, per kind of record. */
public record ImportReport(Counts sources, Counts actors, Counts locations, Counts events) {

    /** Records created, and records already there (found by id, slug or external key) and left as they were. */
    public record Counts(int created, int unchanged) {
    }

    @Override
    public String toString() {
        return "events %d created, %d unchanged; actors %d/%d; locations %d/%d; sources %d/%d".formatted(
                events.created(), events.unchanged(), actors.created(), actors.unchanged(),
                locations.created(), locations.unchanged(), sources.created(), sources.unchanged());
    }
}
