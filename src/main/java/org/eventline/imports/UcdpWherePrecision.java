package org.eventline.imports;

import java.util.Arrays;
import java.util.Optional;

import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;
import org.eventline.vocabulary.LocationRole;

/**
 * The codes of GED's where_prec: the level of the country / governorate (adm_1) / district
 * (adm_2) / named place hierarchy the event is known at, which carries the row's point, and the
 * role the event's place plays.
 */
enum UcdpWherePrecision {
    /** The named place itself. */
    EXACT(1, Level.PLACE, LocationRole.SITE),
    /** Near the named place (within some 25 km). */
    NEAR(2, Level.PLACE, LocationRole.SITE),
    DISTRICT(3, Level.DISTRICT, LocationRole.AREA),
    GOVERNORATE(4, Level.GOVERNORATE, LocationRole.AREA),
    /** Somewhere in an area around the named place. */
    AREA(5, Level.PLACE, LocationRole.AREA),
    COUNTRY(6, Level.COUNTRY, LocationRole.AREA);

    /** The levels of the place hierarchy a row makes. */
    enum Level {
        COUNTRY, GOVERNORATE, DISTRICT, PLACE
    }

    private final int code;
    final Level level;
    final LocationRole role;

    UcdpWherePrecision(int code, Level level, LocationRole role) {
        this.code = code;
        this.level = level;
        this.role = role;
    }

    static Optional<UcdpWherePrecision> of(long code) {
        return Arrays.stream(values()).filter(precision -> precision.code == code).findFirst();
    }

    /** What the point of a named place of this kind stands for. */
    LocationPrecision pointOfPlace(LocationKind kind) {
        return switch (this) {
            case AREA -> LocationPrecision.AREA;
            case NEAR -> LocationPrecision.NEAR;
            default -> kind == LocationKind.CITY || kind == LocationKind.NEIGHBOURHOOD
                    ? LocationPrecision.TOWN : LocationPrecision.EXACT;
        };
    }
}
