package org.eventline.event;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A WGS 84 box, min_lon,min_lat,max_lon,max_lat. A min_lon greater than max_lon is a box that
 * crosses the antimeridian.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    /**
     * Degrees as plain decimals (36.9, -0.5, 180): ASCII digits, an optional minus sign and
     * decimal point. Double.parseDouble alone would also read +36, 3.6e1, 36d and hexadecimal.
     */
    private static final Pattern DEGREES = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    public boolean crossesAntimeridian() {
        return minLon > maxLon;
    }

    /** Parses the parameter; null and a message when it is not a valid box. */
    static BoundingBox parse(String value, Consumer<String> onError) {
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            onError.accept("expected min_lon,min_lat,max_lon,max_lat (four numbers), got '" + value + "'");
            return null;
        }
        double[] numbers = new double[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i].strip();
            if (!DEGREES.matcher(part).matches()) {
                onError.accept("'" + part + "' is not a number of degrees such as 36.9 or -0.5");
                return null;
            }
            numbers[i] = Double.parseDouble(part);
        }
        for (int lon : new int[] {0, 2}) {
            if (numbers[lon] < -180 || numbers[lon] > 180) {
                onError.accept("longitudes must be between -180 and 180");
                return null;
            }
        }
        for (int lat : new int[] {1, 3}) {
            if (numbers[lat] < -90 || numbers[lat] > 90) {
                onError.accept("latitudes must be between -90 and 90");
                return null;
            }
        }
        if (numbers[1] > numbers[3]) {
            onError.accept("min_lat is above max_lat");
            return null;
        }
        return new BoundingBox(numbers[0], numbers[1], numbers[2], numbers[3]);
    }
}
