package org.eventline.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.eventline.reconcile.MatchRules.ActorFacts;
import org.eventline.reconcile.MatchRules.Outcome;
import org.eventline.reconcile.MatchRules.PlaceFacts;
import org.eventline.vocabulary.ActorKind;
import org.eventline.vocabulary.LocationKind;

/** The reconciliation rules on their own: names folded, kinds, parent chains, distances and external ids. */
class MatchRulesTest {

    private static final UUID SYRIA = UUID.randomUUID();
    private static final UUID ALEPPO_GOVERNORATE = UUID.randomUUID();
    private static final UUID JABAL_SAMAN = UUID.randomUUID();
    private static final UUID IDLIB_GOVERNORATE = UUID.randomUUID();

    @Test
    void foldsCaseAccentsPunctuationAndTheSettlementWordUcdpAppends() {
        assertEquals("aleppo", NameFold.place("Aleppo town"));
        assertEquals("aleppo", NameFold.place("ALEPPO city"));
        assertEquals("turkiye", NameFold.place("Türkiye"));
        assertEquals("mare operations room", NameFold.name("Mare' Operations Room"));
        assertEquals("al sham legion", NameFold.name("al-Sham  Legion!"));
        // the kind word goes only at the end, and never leaves nothing
        assertEquals("town", NameFold.place("Town"));
        assertEquals("village of hope", NameFold.place("Village of Hope"));
        assertEquals("aleppo governorate", NameFold.place("Aleppo Governorate"));
    }

    @Test
    void theArticlesAleppoAndUcdpsAleppoTownAreOnePlace() {
        PlaceFacts article = place("Aleppo", List.of("Halab", "Aleppo city"), LocationKind.CITY, List.of(ALEPPO_GOVERNORATE, SYRIA), 37.1612, 36.2012);
        PlaceFacts ucdp = place("Aleppo town", List.of(), LocationKind.CITY, List.of(JABAL_SAMAN, ALEPPO_GOVERNORATE, SYRIA), 37.161173, 36.201241);

        assertEquals(Outcome.JOIN, MatchRules.places(ucdp, article).outcome());
        assertEquals(Outcome.JOIN, MatchRules.places(article, ucdp).outcome());
        assertTrue(MatchRules.places(ucdp, article).distanceKm() < 0.1);
    }

    @Test
    void aSharedNameFailingAnotherRuleIsACandidateNamingIt() {
        PlaceFacts aleppo = place("Aleppo", List.of(), LocationKind.CITY, List.of(ALEPPO_GOVERNORATE, SYRIA), 37.1612, 36.2012);

        var far = MatchRules.places(place("Aleppo village", List.of(), LocationKind.CITY, List.of(ALEPPO_GOVERNORATE, SYRIA), 37.6, 36.6), aleppo);
        assertEquals(Outcome.CANDIDATE, far.outcome());
        assertTrue(far.reasons().get(0).startsWith("too far apart"), far.reasons().toString());

        var elsewhere = MatchRules.places(place("Aleppo", List.of(), LocationKind.CITY, List.of(IDLIB_GOVERNORATE, SYRIA), 37.17, 36.21), aleppo);
        assertEquals(List.of("parent chains differ"), elsewhere.reasons());

        var governorate = MatchRules.places(place("Aleppo", List.of(), LocationKind.GOVERNORATE, List.of(SYRIA), 37.17, 36.21), aleppo);
        assertEquals(List.of("kinds differ (governorate, city)"), governorate.reasons());
    }

    @Test
    void aPlaceNeverJoinsOneContainingIt() {
        PlaceFacts district = new PlaceFacts(JABAL_SAMAN, Set.of("jabal saman"), LocationKind.DISTRICT, List.of(ALEPPO_GOVERNORATE, SYRIA),
                null, null, Map.of());
        PlaceFacts town = new PlaceFacts(UUID.randomUUID(), Set.of("jabal saman"), LocationKind.REGION, List.of(JABAL_SAMAN, ALEPPO_GOVERNORATE, SYRIA),
                37.1, 36.2, Map.of());
        assertEquals(Outcome.NONE, MatchRules.places(town, district).outcome());
    }

    @Test
    void aSharedExternalIdJoinsWhateverTheNamesAndDifferentOnesKeepApart() {
        PlaceFacts geonames = new PlaceFacts(UUID.randomUUID(), Set.of("halab"), LocationKind.CITY, List.of(SYRIA), null, null,
                Map.of("geonames", "170063"));
        PlaceFacts other = new PlaceFacts(UUID.randomUUID(), Set.of("aleppo"), LocationKind.CITY, List.of(), null, null,
                Map.of("geonames", "170063"));
        assertEquals(Outcome.JOIN, MatchRules.places(geonames, other).outcome());

        ActorFacts government = new ActorFacts(Set.of("government of syria"), ActorKind.GOVERNMENT, Map.of("ucdp_actor", "118"));
        ActorFacts namesake = new ActorFacts(Set.of("government of syria"), ActorKind.GOVERNMENT, Map.of("ucdp_actor", "119"));
        assertEquals(List.of("external ids differ"), MatchRules.actors(namesake, government).reasons());
        assertEquals(Outcome.JOIN, MatchRules.actors(new ActorFacts(Set.of("assad regime"), ActorKind.GOVERNMENT,
                Map.of("ucdp_actor", "118")), government).outcome());
    }

    @Test
    void actorsJoinByNameOrAliasOfACompatibleKind() {
        ActorFacts seed = new ActorFacts(NameFold.actorNames("Islamic State of Iraq and the Levant", List.of("ISIL", "IS", "Daesh")),
                ActorKind.ARMED_GROUP, Map.of());
        // an acronym alone is no proof: UCDP's "IS" is kept apart as a candidate for curators
        assertEquals(List.of("only a short name in common ('is')"),
                MatchRules.actors(new ActorFacts(NameFold.actorNames("IS", List.of()), ActorKind.ARMED_GROUP, Map.of()), seed).reasons());
        assertEquals(Outcome.JOIN, MatchRules.actors(new ActorFacts(NameFold.actorNames("Daesh", List.of()), ActorKind.GROUP, Map.of()), seed).outcome());
        var state = MatchRules.actors(new ActorFacts(NameFold.actorNames("ISIL", List.of()), ActorKind.STATE, Map.of()), seed);
        assertEquals(List.of("kinds differ (state, armed_group)"), state.reasons());
        assertEquals(Outcome.NONE, MatchRules.actors(new ActorFacts(NameFold.actorNames("Syrian insurgents", List.of()),
                ActorKind.ARMED_GROUP, Map.of()), seed).outcome());
    }

    @Test
    void distanceBoundsGrowWithTheKind() {
        assertTrue(MatchRules.boundKm(LocationKind.FACILITY) < MatchRules.boundKm(LocationKind.CITY));
        assertTrue(MatchRules.boundKm(LocationKind.CITY) < MatchRules.boundKm(LocationKind.DISTRICT));
        assertTrue(MatchRules.boundKm(LocationKind.GOVERNORATE) < MatchRules.boundKm(LocationKind.COUNTRY));
        // the article's Syria point and UCDP's are about 45 km apart: one country
        PlaceFacts article = place("Syria", List.of(), LocationKind.COUNTRY, List.of(), 38.5, 35.0);
        PlaceFacts ucdp = place("Syria", List.of(), LocationKind.COUNTRY, List.of(), 38.0, 35.0);
        assertEquals(Outcome.JOIN, MatchRules.places(ucdp, article).outcome());
    }

    private static PlaceFacts place(String name, List<String> aliases, LocationKind kind, List<UUID> ancestors, double lon, double lat) {
        return new PlaceFacts(UUID.randomUUID(), NameFold.placeNames(name, aliases), kind, ancestors, lon, lat, Map.of());
    }
}
