package org.eventline.web.format;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.junit.jupiter.api.Test;

import org.eventline.event.view.EventView;
import org.eventline.location.LocationRef;
import org.eventline.location.Point;
import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GeoJSON export: an RFC 7946 FeatureCollection with [lon, lat] points and flat properties. */
class GeoJsonEventWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode render(EventView... events) throws IOException {
        return MAPPER.readTree(Exports.render(new GeoJsonEventWriter(MAPPER), List.of(events)));
    }

    @Test
    void writesOneFeaturePerEventInAFeatureCollection() throws IOException {
        JsonNode collection = MAPPER.readTree(Exports.render(new GeoJsonEventWriter(MAPPER), SampleEvents.all()));

        assertEquals("FeatureCollection", collection.get("type").asText());
        assertFalse(collection.has("crs"), "RFC 7946 has no crs member");
        assertEquals(4, collection.get("features").size());
        for (JsonNode feature : collection.get("features")) {
            assertEquals("Feature", feature.get("type").asText());
        }
        assertEquals(SampleEvents.STRIKE_ID.toString(), collection.get("features").get(0).get("id").asText());
    }

    @Test
    void placesThePrimaryLocationAsLonLat() throws IOException {
        JsonNode geometry = render(SampleEvents.strike()).get("features").get(0).get("geometry");

        assertEquals("Point", geometry.get("type").asText());
        assertEquals(2, geometry.get("coordinates").size());
        assertEquals(37.17, geometry.get("coordinates").get(0).asDouble(), "longitude first");
        assertEquals(36.2, geometry.get("coordinates").get(1).asDouble(), "latitude second");
    }

    @Test
    void writesNullGeometryForAnEventWithoutLocation() throws IOException {
        JsonNode feature = render(SampleEvents.siege()).get("features").get(0);

        assertTrue(feature.has("geometry"), "RFC 7946 wants the member, null when unlocated");
        assertTrue(feature.get("geometry").isNull());
        assertTrue(feature.get("properties").get("location_slug").isNull());
    }

    @Test
    void writesNullGeometryForALocationWithoutPoint() throws IOException {
        EventView strike = SampleEvents.strike();
        LocationRef pointless = new LocationRef(UUID.randomUUID(), "somewhere", "Somewhere", LocationKind.REGION,
                null, LocationPrecision.REGION);

        JsonNode feature = render(SampleEvents.withLocation(strike, pointless)).get("features").get(0);

        assertTrue(feature.get("geometry").isNull());
        assertEquals("somewhere", feature.get("properties").get("location_slug").asText());
    }

    @Test
    void writesEveryPropertyInSnakeCase() throws IOException {
        JsonNode properties = render(SampleEvents.strike()).get("features").get(0).get("properties");

        Set<String> expected = Set.of("id", "type", "category", "title", "summary", "status", "date_start",
                "date_end", "date_precision", "date_approximate", "date_uncertain", "date_edtf", "date_label", "location_slug",
                "location_name", "location_precision", "actors", "claim_count", "source_count", "updated_at", "killed_min", "killed_max",
                "injured_min", "injured_max", "key", "aggregate", "point_precision", "codes", "dataset");
        assertEquals(expected, names(properties.fieldNames()));
        assertEquals("air_strike", properties.get("type").asText());
        assertEquals("remote_violence", properties.get("category").asText());
        assertEquals("occurred", properties.get("status").asText());
        assertEquals("2016-10-14", properties.get("date_start").asText());
        assertEquals("day", properties.get("date_precision").asText());
        assertFalse(properties.get("date_approximate").asBoolean());
        assertEquals("14 October 2016", properties.get("date_label").asText());
        assertEquals("East Aleppo", properties.get("location_name").asText());
        assertEquals("district", properties.get("location_precision").asText());
        assertEquals(2, properties.get("claim_count").asInt());
        assertEquals(2, properties.get("source_count").asInt());
        assertEquals("2016-10-15T10:00:00Z", properties.get("updated_at").asText());
        JsonNode perpetrator = properties.get("actors").get(0);
        assertEquals("syrian-arab-army", perpetrator.get("slug").asText());
        assertEquals("Syrian Arab Army", perpetrator.get("name").asText());
        assertEquals("perpetrator", perpetrator.get("role").asText());
    }

    @Test
    void writesAnOpenEndAsNull() throws IOException {
        JsonNode properties = render(SampleEvents.uprising()).get("features").get(0).get("properties");

        assertTrue(properties.get("date_end").isNull());
        assertEquals("2011/..", properties.get("date_edtf").asText());
    }

    @Test
    void writesSmallCoordinatesAsPlainDecimals() {
        LocationRef greenwich = new LocationRef(UUID.randomUUID(), "greenwich", "Greenwich", LocationKind.DISTRICT,
                new Point(-0.0001, 51.4769), LocationPrecision.EXACT);

        String geoJson = Exports.render(new GeoJsonEventWriter(MAPPER),
                List.of(SampleEvents.withLocation(SampleEvents.strike(), greenwich)));

        assertTrue(geoJson.contains("\"coordinates\":[-0.0001,51.4769]"), geoJson);
    }

    @Test
    void ignoresTheMappersNamingStrategy() {
        ObjectMapper upperCamelCase = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);

        assertEquals(Exports.render(new GeoJsonEventWriter(MAPPER), SampleEvents.all()),
                Exports.render(new GeoJsonEventWriter(upperCamelCase), SampleEvents.all()));
    }

    @Test
    void writesAnEmptyCollectionForNoEvents() throws IOException {
        JsonNode collection = render();

        assertEquals(0, collection.get("features").size());
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        CloseTrackingStream out = new CloseTrackingStream();
        GeoJsonEventWriter writer = new GeoJsonEventWriter(MAPPER);

        writer.start(out);
        writer.write(SampleEvents.strike());
        writer.finish();

        assertFalse(out.closed);
        assertTrue(out.size() > 0, "finish() flushes");
    }

    private static Set<String> names(Iterator<String> fieldNames) {
        Set<String> names = new HashSet<>();
        fieldNames.forEachRemaining(names::add);
        return names;
    }
}
