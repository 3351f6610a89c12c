package org.eventline.event;

import org.eventline.event.EventEntry.CitationEntry;
import org.eventline.event.EventEntry.ClaimEntry;
import org.eventline.event.EventEntry.CodeEntry;
import org.eventline.event.EventEntry.ParticipantEntry;
import org.eventline.event.EventEntry.PlaceEntry;
import org.eventline.event.EventEntry.PointEntry;
import org.eventline.event.EventEntry.QuoteEntry;
import org.eventline.event.EventEntry.RelationEntry;

/**
 * A stored event written back as the entry curators write (references by slug): what a JSON
 * Merge Patch applies to, so that a patch names fields exactly as a PUT body does.
 */
final class EventEntries {

    private EventEntries() {
    }

    static EventEntry of(Event event) {
        return new EventEntry(event.id, event.externalKey, event.type.code, event.title, event.summary, event.status,
                EntryDates.entry(event.date()), event.location == null ? null : event.location.slug,
                event.locations.stream().map(place -> new PlaceEntry(place.location.slug, place.role)).toList(),
                event.actors.stream().map(participant -> new ParticipantEntry(participant.actor.slug, participant.role)).toList(),
                event.claims.stream().map(EventEntries::claim).toList(),
                event.quotes.stream().map(quote -> new QuoteEntry(quote.text,
                        quote.speaker == null ? null : quote.speaker.slug, quote.source.slug)).toList(),
                event.sources.stream().map(citation -> new CitationEntry(citation.source.slug, citation.attribution)).toList(),
                event.related.stream().map(relation -> new RelationEntry(relation.relatedEvent.id, relation.relation)).toList(),
                event.pointLongitude == null ? null
                        : new PointEntry(event.pointLongitude, event.pointLatitude, event.pointPrecision),
                event.aggregate,
                event.codes.stream().map(code -> new CodeEntry(code.scheme, code.code, code.label)).toList(),
                event.dataset == null ? null : event.dataset.slug);
    }

    private static ClaimEntry claim(Claim claim) {
        return new ClaimEntry(claim.measure, claim.affectedGroup, claim.groupActor == null ? null : claim.groupActor.slug,
                claim.min, claim.max, claim.qualifier, claim.estimate, claim.reportedAs,
                claim.period() == null ? null : EntryDates.entry(claim.period()), claim.attributedTo.slug, claim.source.slug,
                claim.verification);
    }
}
