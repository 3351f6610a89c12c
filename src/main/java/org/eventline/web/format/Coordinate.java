package org.eventline.web.format;

import java.math.BigDecimal;

/** A degree value as people write coordinates: 0.0001, not the 1.0E-4 Java and Jackson would print. */
public final class Coordinate {

    private Coordinate() {
    }

    /** Via the shortest decimal that reads back as the same double, so no digits are invented or lost. */
    public static BigDecimal of(double degrees) {
        BigDecimal decimal = BigDecimal.valueOf(degrees).stripTrailingZeros();
        // stripTrailingZeros turns 100 into 1E+2; a scale of zero keeps it an integer.
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
