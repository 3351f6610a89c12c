package org.eventline.source;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.write.Entries;
import org.eventline.write.EntryConstraints;
import org.eventline.write.Problems;
import org.eventline.write.RecordKind;
import org.eventline.write.References;

/** Sources as curators and importers write them. */
@ApplicationScoped
public class SourceRecords implements RecordKind<Source, SourceEntry, SourceView> {

    @Inject
    SourceRepository repository;
    @Inject
    EntryConstraints constraints;

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
    public References<Source> newReferences() {
        return new References<>("source", repository::findBySlug);
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

    /** Sources name no other source: the references go unused. */
    @Override
    public Source build(SourceEntry entry, String path, References<Source> sources, Problems problems) {
        constraints.check(entry, path, problems);
        boolean complete = problems.require(entry.kind(), Problems.field(path, "kind"))
                & problems.require(entry.publisher(), Problems.field(path, "publisher"))
                & problems.require(entry.title(), Problems.field(path, "title"));
        if (entry.url() != null && !entry.url().matches("https?://\\S+")) {
            problems.add(Problems.field(path, "url"), "must be an http or https address");
            complete = false;
        }
        if (!complete) {
            return null;
        }
        Source source = new Source();
        source.id = Entries.idOrNew(entry.id());
        source.slug = entry.slug();
        source.kind = entry.kind();
        source.publisher = entry.publisher();
        source.title = entry.title();
        source.url = entry.url();
        source.publishedOn = entry.publishedOn();
        source.language = entry.language();
        source.description = entry.description();
        return source;
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
    public SourceView view(Source source) {
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

    @Override
    public void merge(Source source, Source into) {
        repository.mergeInto(source.id, into.id);
    }
}
