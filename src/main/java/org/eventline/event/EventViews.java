package org.eventline.event;

import org.eventline.actor.ActorRef;
import org.eventline.event.view.DateView;
import org.eventline.event.view.EventView.ActorInEvent;
import org.eventline.event.view.EventView.Citation;
import org.eventline.event.view.EventView.EventPoint;
import org.eventline.event.view.EventView.SourceCode;
import org.eventline.event.view.EventView.ClaimView;
import org.eventline.event.view.EventView.PlaceInEvent;
import org.eventline.event.view.EventView.QuoteView;
import org.eventline.event.view.EventView.RelatedEvent;
import org.eventline.event.view.EventView;
import org.eventline.location.LocationRef;
import org.eventline.location.Point;
import org.eventline.source.SourceRef;

/** Builds the response records of events from loaded entities. */
final class EventViews {

    private EventViews() {
    }

    /**
     * The event as its JSON would show it, less what a rewrite changes by itself (the claims'
     * ids, the times): equal for two events only when a reader would see no difference.
     */
    static EventView content(Event event) {
        EventView view = of(event);
        return new EventView(view.id(), view.type(), view.category(), view.title(), view.summary(), view.status(),
                view.date(), view.location(), view.locations(), view.actors(),
                view.claims().stream().map(c -> new ClaimView(null, c.measure(), c.group(), c.groupActor(), c.min(), c.max(),
                        c.qualifier(), c.estimate(), c.reportedAs(), c.period(), c.attributedTo(), c.source(), c.verification())).toList(),
                view.quotes(), view.sources(), view.related(), view.point(), view.aggregate(), view.codes(), view.externalKey(),
                view.dataset(), null, null);
    }

    static EventView of(Event event) {
        return new EventView(
                event.id,
                event.type.code,
                event.type.category.code,
                event.title,
                event.summary,
                event.status,
                DateView.of(event.date()),
                LocationRef.of(event.location),
                event.locations.stream().map(EventViews::place).toList(),
                event.actors.stream().map(EventViews::actor).toList(),
                event.claims.stream().map(EventViews::claim).toList(),
                event.quotes.stream().map(q -> new QuoteView(q.text, ActorRef.of(q.speaker), SourceRef.of(q.source))).toList(),
                event.sources.stream().map(EventViews::citation).toList(),
                event.related.stream().map(EventViews::related).toList(),
                event.pointLongitude == null ? null
                        : new EventPoint(event.pointLongitude, event.pointLatitude, event.pointPrecision),
                event.aggregate,
                event.codes.stream().map(c -> new SourceCode(c.scheme, c.code, c.label)).toList(),
                event.externalKey,
                event.dataset == null ? null : event.dataset.slug,
                event.createdAt,
                event.updatedAt);
    }

    private static PlaceInEvent place(EventLocation place) {
        var l = place.location;
        return new PlaceInEvent(l.id, l.slug, l.name, l.kind, Point.of(l), l.locationPrecision, place.role);
    }

    private static ActorInEvent actor(EventActor participant) {
        var a = participant.actor;
        return new ActorInEvent(a.id, a.slug, a.name, a.kind, participant.role);
    }

    private static ClaimView claim(Claim c) {
        return new ClaimView(c.id, c.measure, c.affectedGroup, ActorRef.of(c.groupActor), c.min, c.max, c.qualifier, c.estimate,
                c.reportedAs,
                DateView.of(c.period()), ActorRef.of(c.attributedTo), SourceRef.of(c.source), c.verification);
    }

    private static Citation citation(EventSource citation) {
        var s = citation.source;
        return new Citation(s.id, s.slug, s.kind, s.publisher, s.title, s.url, s.publishedOn, citation.attribution);
    }

    private static RelatedEvent related(EventRelation relation) {
        var e = relation.relatedEvent;
        return new RelatedEvent(relation.relation, e.id, e.type.code, e.title, DateView.of(e.date()));
    }
}
