package org.eventline.dataset;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.dataset.DatasetDocument.SourceEntry;
import org.eventline.source.Source;
import org.eventline.source.SourceRepository;
import org.eventline.source.SourceView;

/** Sources as curators write them. */
@ApplicationScoped
class SourceRecords implements RecordKind<Source, SourceEntry> {

    @Inject
    SourceRepository repository;
    @Inject
    DatasetImporter records;

    @Override
    public String noun() {
        return "source";
    }

    @Override
    public Class<SourceEntry> entryType() {
        return SourceEntry.class;
    }

    @Override
    public Optional<Source> find(String idOrSlug) {
        return repository.findByIdOrSlug(idOrSlug);
    }

    @Override
    public UUID id(Source source) {
        return source.id;
    }

    @Override
    public String slug(Source source) {
        return source.slug;
    }

    @Override
    public String entrySlug(SourceEntry entry) {
        return entry.slug();
    }

    @Override
    public SourceEntry entry(Source source) {
        return new SourceEntry(source.id, source.slug, source.kind, source.publisher, source.title, source.url,
                source.publishedOn, source.language, source.description);
    }

    @Override
    public Source build(SourceEntry entry, Problems problems) {
        return records.newSource(entry, "", problems);
    }

    @Override
    public void copy(Source from, Source to, Problems problems) {
        to.kind = from.kind;
        to.publisher = from.publisher;
        to.title = from.title;
        to.url = from.url;
        to.publishedOn = from.publishedOn;
        to.language = from.language;
        to.description = from.description;
    }

    @Override
    public void persist(Source source) {
        repository.persist(source);
    }

    @Override
    public void delete(Source source) {
        repository.delete(source);
    }

    @Override
    public Object view(Source source) {
        return SourceView.of(source);
    }

    @Override
    public List<UUID> eventsShowing(Source source) {
        return repository.findEventsShowing(source.id);
    }

    @Override
    public List<String> references(Source source) {
        return repository.findReferences(source.id);
    }
}
