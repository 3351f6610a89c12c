package org.eventline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.actor.ActorRepository;
import org.eventline.catalog.DatasetRepository;
import org.eventline.location.LocationRepository;
import org.eventline.taxonomy.EventTaxonomy;
import org.eventline.taxonomy.EventTaxonomy.TypeEntry;
import org.eventline.time.DatePeriod;
import org.eventline.time.InvalidDateException;
import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.EventStatus;
import org.eventline.web.QueryParameters;

/** Reads the declared filter parameters of /events (and of every endpoint that shares them) into an EventFilter. */
@ApplicationScoped
public class EventFilterParser {

    @Inject
    EventTaxonomy eventTypes;
    @Inject
    ActorRepository actors;
    @Inject
    LocationRepository locations;
    @Inject
    EventRepository events;
    @Inject
    DatasetRepository datasets;

    /** The filter within a scope, which takes the place of the actor or location parameter (still checked). */
    public EventFilter parse(QueryParameters parameters, EventFilterParameters declared, EventScope scope) {
        // read in the order of the declaration, so the errors are listed in that order
        DatePeriod period = period(parameters, declared);
        DateMatch dateMatch = parameters.vocabulary("date_match", declared.dateMatch, DateMatch.class).orElse(DateMatch.OVERLAPS);
        List<String> types = types(parameters, declared.type);
        List<UUID> actorIds = references(parameters, "actor", declared.actor, actors::findByIdOrSlug, actor -> actor.id);
        ActorRole actorRole = parameters.vocabulary("actor_role", declared.actorRole, ActorRole.class).orElse(null);
        List<UUID> locationIds = references(parameters, "location", declared.location, locations::findByIdOrSlug, location -> location.id);
        return new EventFilter(
                period.from(),
                period.to(),
                dateMatch,
                types,
                scope.actor() == null ? actorIds : List.of(scope.actor()),
                actorRole,
                scope.location() == null ? locationIds : List.of(scope.location()),
                parameters.single("bbox", declared.bbox)
                        .map(box -> BoundingBox.parse(box, message -> parameters.error("bbox", message))).orElse(null),
                parameters.text("q", declared.q).orElse(null),
                parameters.list("status", declared.status).stream()
                        .map(code -> parameters.vocabularyValue("status", EventStatus.class, code))
                        .filter(Objects::nonNull).distinct().sorted().toList(),
                parameters.instant("updated_since", declared.updatedSince).orElse(null),
                null,
                flagOrNull(parameters, "aggregate", declared.aggregate),
                codes(parameters, declared.code),
                references(parameters, "dataset", declared.dataset, datasets::findBySlug, dataset -> dataset.id));
    }

    private static DatePeriod period(QueryParameters parameters, EventFilterParameters declared) {
        LocalDate from = parameters.single("from", declared.from)
                .map(value -> bound(parameters, "from", value, DatePeriod::parseLowerBound)).orElse(null);
        LocalDate to = parameters.single("to", declared.to)
                .map(value -> bound(parameters, "to", value, DatePeriod::parseUpperBound)).orElse(null);
        if (from != null && to != null && from.isAfter(to)) {
            parameters.error("from", "from (" + from + ") is after to (" + to + ")");
            return new DatePeriod(null, null);
        }
        return new DatePeriod(from, to);
    }

    private static LocalDate bound(QueryParameters parameters, String name, String value, Function<String, LocalDate> parser) {
        try {
            return parser.apply(value);
        } catch (InvalidDateException e) {
            parameters.error(name, e.getMessage());
            return null;
        }
    }

    /** Type codes, with each category code replaced by all its types. */
    public List<String> types(QueryParameters parameters, List<String> declared) {
        List<String> codes = parameters.list("type", declared);
        if (codes.isEmpty()) {
            return List.of();
        }
        List<TypeEntry> taxonomy = eventTypes.types();
        Set<String> selected = new TreeSet<>();
        for (String code : codes) {
            List<String> matching = taxonomy.stream()
                    .filter(type -> type.code().equals(code) || type.categoryCode().equals(code))
                    .map(TypeEntry::code).toList();
            if (matching.isEmpty()) {
                Set<String> valid = new TreeSet<>();
                taxonomy.forEach(type -> {
                    valid.add(type.code());
                    valid.add(type.categoryCode());
                });
                parameters.error("type", "unknown type or category '" + code + "'; valid: " + String.join(", ", valid));
            }
            selected.addAll(matching);
        }
        return List.copyOf(selected);
    }

    /** true or false when given (strictly those words), null when not. */
    private static Boolean flagOrNull(QueryParameters parameters, String name, String declared) {
        return parameters.single(name, declared).map(value -> switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                parameters.error(name, "must be true or false, got '" + value + "'");
                yield null;
            }
        }).orElse(null);
    }

    /**
     * The source codes asked for, scheme:code, sorted; a value without both parts, or of a scheme no
     * event carries (a typo would match nothing), is an error naming the parameter.
     */
    private List<String> codes(QueryParameters parameters, List<String> declared) {
        Set<String> codes = new TreeSet<>();
        Set<String> schemes = new TreeSet<>();
        for (String value : parameters.list("code", declared)) {
            int colon = value.indexOf(':');
            String scheme = colon < 0 ? value : value.substring(0, colon);
            if (colon < 0 || colon == value.length() - 1 || !EventCode.SCHEME.matcher(scheme).matches()) {
                parameters.error("code", "expected scheme:code, such as ucdp_conflict:299, got '" + value + "'");
            } else {
                codes.add(value);
                schemes.add(scheme);
            }
        }
        if (!schemes.isEmpty()) {
            schemes.removeAll(events.findCodeSchemes(schemes));
            schemes.forEach(scheme -> parameters.error("code", "no event has codes of the scheme '" + scheme + "'"));
        }
        return List.copyOf(codes);
    }

    /** Ids of the records named by id or slug; an unknown one is an error naming the parameter. */
    public static <T> List<UUID> references(QueryParameters parameters, String name, List<String> declared,
            Function<String, Optional<T>> finder, Function<T, UUID> idOf) {
        List<UUID> ids = new ArrayList<>();
        for (String idOrSlug : parameters.list(name, declared)) {
            Optional<T> found = finder.apply(idOrSlug);
            if (found.isEmpty()) {
                parameters.error(name, "no " + name + " with id or slug '" + idOrSlug + "'");
            } else {
                ids.add(idOf.apply(found.get()));
            }
        }
        return ids.stream().distinct().sorted().toList();
    }
}
