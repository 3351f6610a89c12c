package org.eventline.dataset;

import org.eventline.dataset.DatasetDocument.CitationEntry;
import org.eventline.dataset.DatasetDocument.ClaimEntry;
import org.eventline.dataset.DatasetDocument.DateEntry;
import org.eventline.dataset.DatasetDocument.EventEntry;
import org.eventline.dataset.DatasetDocument.ParticipantEntry;
import org.eventline.dataset.DatasetDocument.PlaceEntry;
import org.eventline.dataset.DatasetDocument.QuoteEntry;
import org.eventline.dataset.DatasetDocument.RelationEntry;
import org.eventline.event.Claim;
import org.eventline.event.Event;
import org.eventline.time.DateEnvelope;

/**
 * A stored event written back as the entry curators write (references by slug): what a JSON
 * Merge Patch applies to, so that a patch names fields exactly as a PUT body does.
 */
final class EventEntries {

    private EventEntries() {
    }

    static EventEntry of(Event event) {
        return new EventEntry(event.id, event.externalKey, event.type.code, event.title, event.summary, event.status,
                date(event.date()), event.location == null ? null : event.location.slug,
                event.locations.stream().map(place -> new PlaceEntry(place.location.slug, place.role)).toList(),
                event.actors.stream().map(participant -> new ParticipantEntry(participant.actor.slug, participant.role)).toList(),
                event.claims.stream().map(EventEntries::claim).toList(),
                event.quotes.stream().map(quote -> new QuoteEntry(quote.text,
                        quote.speaker == null ? null : quote.speaker.slug, quote.source.slug)).toList(),
                event.sources.stream().map(citation -> new CitationEntry(citation.source.slug, citation.attribution)).toList(),
                event.related.stream().map(relation -> new RelationEntry(relation.relatedEvent.id, relation.relation)).toList());
    }

    private static ClaimEntry claim(Claim claim) {
        return new ClaimEntry(claim.measure, claim.affectedGroup, claim.min, claim.max, claim.qualifier, claim.reportedAs,
                claim.period() == null ? null : date(claim.period()), claim.attributedTo.slug, claim.source.slug,
                claim.verification);
    }

    /** The envelope's parts; the label only when curated, so that new dates bring a new derived label. */
    private static DateEntry date(DateEnvelope envelope) {
        boolean derivedLabel = envelope.label().equals(envelope.withLabel(null).label());
        return new DateEntry(null, envelope.start(), envelope.end(), envelope.precision().code(), envelope.approximate(),
                derivedLabel ? null : envelope.label());
    }
}
