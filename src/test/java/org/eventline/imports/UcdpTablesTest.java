package org.eventline.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.eventline.imports.UcdpWherePrecision.Level;
import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;
import org.eventline.vocabulary.LocationRole;

/** The GED codebook's coded columns, read as their tables. */
class UcdpTablesTest {

    @Test
    void wherePrecisionNamesTheLevelThatCarriesThePoint() {
        assertEquals(Level.PLACE, UcdpWherePrecision.of(1).orElseThrow().level);
        assertEquals(Level.PLACE, UcdpWherePrecision.of(2).orElseThrow().level);
        assertEquals(Level.DISTRICT, UcdpWherePrecision.of(3).orElseThrow().level);
        assertEquals(Level.GOVERNORATE, UcdpWherePrecision.of(4).orElseThrow().level);
        assertEquals(Level.PLACE, UcdpWherePrecision.of(5).orElseThrow().level);
        assertEquals(Level.COUNTRY, UcdpWherePrecision.of(6).orElseThrow().level);
        assertTrue(UcdpWherePrecision.of(0).isEmpty());
        assertTrue(UcdpWherePrecision.of(7).isEmpty());
    }

    @Test
    void onlyAPlaceKnownExactlyOrNearIsTheSite() {
        assertEquals(LocationRole.SITE, UcdpWherePrecision.EXACT.role);
        assertEquals(LocationRole.SITE, UcdpWherePrecision.NEAR.role);
        assertEquals(LocationRole.AREA, UcdpWherePrecision.AREA.role);
        assertEquals(LocationRole.AREA, UcdpWherePrecision.DISTRICT.role);
    }

    @Test
    void aNamedPlacesPointStandsForTheTownOrTheSiteWhenExact() {
        assertEquals(LocationPrecision.TOWN, UcdpWherePrecision.EXACT.pointOfPlace(LocationKind.CITY));
        assertEquals(LocationPrecision.EXACT, UcdpWherePrecision.EXACT.pointOfPlace(LocationKind.REGION));
        assertEquals(LocationPrecision.NEAR, UcdpWherePrecision.NEAR.pointOfPlace(LocationKind.CITY));
        assertEquals(LocationPrecision.AREA, UcdpWherePrecision.AREA.pointOfPlace(LocationKind.CITY));
    }

    @Test
    void datePrecisionCodesMakeEnvelopePrecisions() {
        assertEquals("day", UcdpDatePrecision.of(1).orElseThrow().envelopePrecision);
        assertEquals("day", UcdpDatePrecision.of(2).orElseThrow().envelopePrecision);
        assertEquals("week", UcdpDatePrecision.of(3).orElseThrow().envelopePrecision);
        assertEquals("month", UcdpDatePrecision.of(4).orElseThrow().envelopePrecision);
        assertEquals("year", UcdpDatePrecision.of(5).orElseThrow().envelopePrecision);
        assertTrue(UcdpDatePrecision.of(6).isEmpty());
    }

    @Test
    void eachKindOfViolenceIsItsOwnType() {
        assertEquals("state_based_violence", UcdpViolence.of(1).orElseThrow().eventType);
        assertEquals("non_state_violence", UcdpViolence.of(2).orElseThrow().eventType);
        assertEquals("attack_on_civilians", UcdpViolence.of(3).orElseThrow().eventType);
        assertTrue(UcdpViolence.of(4).isEmpty());
        assertEquals(ActorRole.PERPETRATOR, UcdpViolence.ONE_SIDED.sideARole);
    }

    @Test
    void titlesClaimNoMoreThanTheRowSays() {
        assertEquals("Deadly violence between Government of Israel and IS at Syria",
                UcdpViolence.STATE_BASED.title("Government of Israel", "IS", "Syria", false));
        assertEquals("Deadly violence by IS against civilians at Raqqa town (several incidents reported together)",
                UcdpViolence.ONE_SIDED.title("IS", "Civilians", "Raqqa town", true));
    }
}
