package org.eventline.claim;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.actor.ActorRepository;
import org.eventline.event.EventFilterParser;
import org.eventline.event.EventScope;
import org.eventline.source.SourceRepository;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Coded;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.Verification;
import org.eventline.web.QueryParameters;

/** Reads the declared claim filters, and the /events filters of their events, into a ClaimFilter. */
@ApplicationScoped
public class ClaimFilterParser {

    @Inject
    EventFilterParser events;
    @Inject
    ActorRepository actors;
    @Inject
    SourceRepository sources;

    public ClaimFilter parse(QueryParameters parameters, ClaimFilterParameters declared) {
        return new ClaimFilter(
                events.parse(parameters, declared, EventScope.ALL),
                codes(parameters, "measure", declared.measure, ClaimMeasure.class),
                codes(parameters, "group", declared.group, ClaimGroup.class),
                EventFilterParser.references(parameters, "attributed_to", declared.attributedTo, actors::findByIdOrSlug, a -> a.id),
                EventFilterParser.references(parameters, "source", declared.source, sources::findByIdOrSlug, s -> s.id),
                codes(parameters, "verification", declared.verification, Verification.class),
                codes(parameters, "qualifier", declared.qualifier, Qualifier.class),
                estimates(parameters, declared.estimate));
    }

    private static <E extends Enum<E> & Coded> List<E> codes(QueryParameters parameters, String name, List<String> declared,
            Class<E> vocabulary) {
        return parameters.list(name, declared).stream()
                .map(code -> parameters.vocabularyValue(name, vocabulary, code))
                .filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static List<String> estimates(QueryParameters parameters, List<String> declared) {
        return codes(parameters, "estimate", declared, EstimateChoice.class).stream().map(EstimateChoice::code).toList();
    }
}
