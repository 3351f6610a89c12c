package org.eventline.web.format;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eventline.actor.ActorRef;
import org.eventline.event.view.DateView;
import org.eventline.event.view.EventView;
import org.eventline.event.view.EventView.ActorInEvent;
import org.eventline.event.view.EventView.Citation;
import org.eventline.event.view.EventView.ClaimView;
import org.eventline.event.view.EventView.PlaceInEvent;
import org.eventline.location.LocationRef;
import org.eventline.location.Point;
import org.eventline.source.SourceRef;
import org.eventline.vocabulary.ActorKind;
import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.EventStatus;
import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;
import org.eventline.vocabulary.LocationRole;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.SourceKind;
import org.eventline.vocabulary.Verification;

/** Hand-built events covering what the export formats must get right: full detail, coarse dates, hostile text. */
final class SampleEvents {

    static final UUID STRIKE_ID = UUID.fromString("6f1c1a52-0b8e-4f5e-9d7a-2c1e5b9a0001");
    static final UUID SIEGE_ID = UUID.fromString("6f1c1a52-0b8e-4f5e-9d7a-2c1e5b9a0002");
    static final UUID HOSTILE_ID = UUID.fromString("6f1c1a52-0b8e-4f5e-9d7a-2c1e5b9a0003");
    static final UUID UPRISING_ID = UUID.fromString("6f1c1a52-0b8e-4f5e-9d7a-2c1e5b9a0004");

    static final String HOSTILE_TITLE = "=SUM(A1)";
    static final String HOSTILE_SUMMARY = "Shelling, \"heavy\" by all accounts,\nlasted all night";

    private static final Instant CREATED = Instant.parse("2016-10-14T08:49:49Z");
    private static final Instant UPDATED = Instant.parse("2016-10-15T10:00:00Z");

    private SampleEvents() {
    }

    /** Day precision, located at a point where lon != lat, with actors, claims and sources. */
    static EventView strike() {
        UUID eastAleppo = UUID.fromString("0000000a-0000-0000-0000-000000000001");
        Point point = new Point(37.17, 36.2);
        LocationRef location = new LocationRef(eastAleppo, "east-aleppo", "East Aleppo", LocationKind.DISTRICT, point,
                LocationPrecision.DISTRICT);
        ActorRef civilDefence = new ActorRef(UUID.randomUUID(), "syria-civil-defence", "Syria Civil Defence",
                ActorKind.ORGANISATION);
        SourceRef aljazeera = new SourceRef(UUID.randomUUID(), "aljazeera-aleppo", SourceKind.NEWS_ARTICLE,
                "Al Jazeera", "Aleppo pounded", "https://example.org/aleppo", LocalDate.parse("2016-10-14"), "en");
        return new EventView(
                STRIKE_ID,
                "air_strike",
                "remote_violence",
                "Overnight air strikes on East Aleppo",
                "Air strikes hit residential districts.",
                EventStatus.OCCURRED,
                new DateView(LocalDate.parse("2016-10-14"), LocalDate.parse("2016-10-14"), "day", false, false,
                        "2016-10-14", "14 October 2016"),
                location,
                List.of(
                        new PlaceInEvent(eastAleppo, "east-aleppo", "East Aleppo", LocationKind.DISTRICT, point,
                                LocationPrecision.DISTRICT, LocationRole.SITE),
                        new PlaceInEvent(UUID.randomUUID(), "aleppo", "Aleppo", LocationKind.CITY,
                                new Point(37.16, 36.2), LocationPrecision.TOWN, LocationRole.AREA)),
                List.of(
                        new ActorInEvent(UUID.randomUUID(), "syrian-arab-army", "Syrian Arab Army",
                                ActorKind.ARMED_FORCES, ActorRole.PERPETRATOR),
                        new ActorInEvent(civilDefence.id(), civilDefence.slug(), civilDefence.name(),
                                civilDefence.kind(), ActorRole.RESPONDER)),
                List.of(
                        new ClaimView(UUID.randomUUID(), ClaimMeasure.KILLED, ClaimGroup.CIVILIANS, null, 6L, null,
                                Qualifier.AT_LEAST, null, "at least six", null, civilDefence, aljazeera,
                                Verification.UNVERIFIED),
                        new ClaimView(UUID.randomUUID(), ClaimMeasure.KILLED_OR_INJURED, ClaimGroup.PEOPLE, null, 10L, 15L,
                                Qualifier.ABOUT, null, "10 to 15", null, null, aljazeera, Verification.CORROBORATED)),
                List.of(),
                List.of(
                        new Citation(aljazeera.id(), aljazeera.slug(), aljazeera.kind(), "Al Jazeera",
                                "Aleppo pounded", "https://example.org/aleppo", LocalDate.parse("2016-10-14"), null),
                        new Citation(UUID.randomUUID(), "sohr-report", SourceKind.MONITOR_REPORT, "SOHR",
                                "Daily report", null, null, null)),
                List.of(),
                "aljazeera-2016-10-14-aleppo/overnight-air-strikes",
                CREATED,
                UPDATED);
    }

    /** Month precision with no location at all. */
    static EventView siege() {
        return new EventView(SIEGE_ID, "siege", "strategic_development", "Siege of East Aleppo tightens", null,
                EventStatus.ONGOING,
                new DateView(LocalDate.parse("2016-09-01"), LocalDate.parse("2016-09-30"), "month", true, false,
                        "2016-09~", "around September 2016"),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, CREATED, UPDATED);
    }

    /** Text a spreadsheet would run as a formula, and a summary needing CSV quoting; west of Greenwich. */
    static EventView hostile() {
        LocationRef madrid = new LocationRef(UUID.randomUUID(), "madrid", "Madrid", LocationKind.CITY,
                new Point(-3.7038, 40.4168), LocationPrecision.TOWN);
        return new EventView(HOSTILE_ID, "protest", "protests", HOSTILE_TITLE, HOSTILE_SUMMARY, EventStatus.OCCURRED,
                new DateView(LocalDate.parse("2016-10-12"), LocalDate.parse("2016-10-14"), "day", false, false,
                        "2016-10-12/2016-10-14", "12–14 October 2016"),
                madrid, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, CREATED, UPDATED);
    }

    /** Open-ended, year precision: "2011/..". */
    static EventView uprising() {
        return new EventView(UPRISING_ID, "protest", "protests", "Uprising", "Protests spread.", EventStatus.ONGOING,
                new DateView(LocalDate.parse("2011-01-01"), null, "year", false, false, "2011/..", "2011 onwards"),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, CREATED, UPDATED);
    }

    static EventView withLocation(EventView e, LocationRef location) {
        return new EventView(e.id(), e.type(), e.category(), e.title(), e.summary(), e.status(), e.date(), location,
                e.locations(), e.actors(), e.claims(), e.quotes(), e.sources(), e.related(), e.externalKey(),
                e.createdAt(), e.updatedAt());
    }

    static EventView withDate(EventView e, DateView date) {
        return new EventView(e.id(), e.type(), e.category(), e.title(), e.summary(), e.status(), date, e.location(),
                e.locations(), e.actors(), e.claims(), e.quotes(), e.sources(), e.related(), e.externalKey(),
                e.createdAt(), e.updatedAt());
    }

    static List<EventView> all() {
        return List.of(strike(), siege(), hostile(), uprising());
    }
}
