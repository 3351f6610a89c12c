package org.eventline.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eventline.event.EventEntry.PointEntry;
import org.eventline.imports.UcdpWherePrecision.Level;
import org.eventline.location.LocationEntry;
import org.eventline.location.LocationEntry.Point;
import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;
import org.eventline.write.Slugs;

/**
 * The places of a UCDP GED row: the country / governorate / district / named place hierarchy,
 * its point on the level where_prec names, and the slug of the place the event is known at.
 */
final class UcdpPlaces {

    private UcdpPlaces() {
    }

    /** The place hierarchy the row needs, parents first. */
    static List<LocationEntry> of(UcdpRow row) {
        UcdpWherePrecision precision = row.wherePrecision();
        Point point = new Point(row.decimal("longitude"), row.decimal("latitude"));
        List<LocationEntry> locations = new ArrayList<>();
        String country = row.required("country");
        locations.add(new LocationEntry(null, Slugs.of(country), country, LocationKind.COUNTRY, null, List.of(),
                precision.level == Level.COUNTRY ? point : null, LocationPrecision.COUNTRY, null));
        String parent = Slugs.of(country);
        String governorate = row.optional("adm_1");
        if (governorate != null) {
            locations.add(new LocationEntry(null, Slugs.of(governorate), governorate, LocationKind.GOVERNORATE, parent,
                    List.of(), precision.level == Level.GOVERNORATE ? point : null, LocationPrecision.REGION, null));
            parent = Slugs.of(governorate);
        }
        String district = row.optional("adm_2");
        if (district != null) {
            locations.add(new LocationEntry(null, Slugs.of(district), district, LocationKind.DISTRICT, parent, List.of(),
                    precision.level == Level.DISTRICT ? point : null, LocationPrecision.DISTRICT, null));
            parent = Slugs.of(district);
        }
        if (precision.level == Level.PLACE) {
            String name = row.required("where_coordinates");
            LocationKind kind = placeKind(name);
            locations.add(new LocationEntry(null, eventPlaceSlug(row), name, kind, parent, List.of(), point,
                    precision.pointOfPlace(kind), null));
        }
        return locations;
    }

    /** The slug of the place the event is known at: a named place, or the district, governorate or country itself. */
    static String eventPlaceSlug(UcdpRow row) {
        return switch (row.wherePrecision().level) {
            case PLACE -> {
                String district = row.optional("adm_2");
                String governorate = row.optional("adm_1");
                String qualifier = district != null ? district.replaceAll("(?i)\\s+district$", "")
                        : governorate != null ? governorate.replaceAll("(?i)\\s+governorate$", "") : "";
                yield Slugs.of(row.required("where_coordinates") + " " + qualifier);
            }
            case DISTRICT -> Slugs.of(orElse(row.optional("adm_2"), orElse(row.optional("adm_1"), row.required("country"))));
            case GOVERNORATE -> Slugs.of(orElse(row.optional("adm_1"), row.required("country")));
            case COUNTRY -> Slugs.of(row.required("country"));
        };
    }

    /**
     * The row's own point, which the event keeps even when it shares a place whose point differs
     * (the seed's Syria, a governorate or district first met with another point, or none), with
     * what it stands for on the level where_prec names.
     */
    static PointEntry eventPoint(UcdpRow row) {
        UcdpWherePrecision precision = row.wherePrecision();
        LocationPrecision stands = switch (precision.level) {
            case PLACE -> precision.pointOfPlace(placeKind(row.required("where_coordinates")));
            case DISTRICT -> LocationPrecision.DISTRICT;
            case GOVERNORATE -> LocationPrecision.REGION;
            case COUNTRY -> LocationPrecision.COUNTRY;
        };
        return new PointEntry(row.decimal("longitude"), row.decimal("latitude"), stands);
    }

    private static LocationKind placeKind(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return switch (last) {
            case "town", "village", "city" -> LocationKind.CITY;
            case "suburb", "neighbourhood", "neighborhood", "quarter" -> LocationKind.NEIGHBOURHOOD;
            default -> LocationKind.REGION;
        };
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
