package org.eventline.web.format;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

/** The formats an event list can be exported in, chosen by the format parameter or the Accept header. */
public enum ExportFormat {
    JSON("application/json", null),
    GEOJSON("application/geo+json", "geojson"),
    CSV("text/csv", "csv"),
    TIMELINEJS("application/json", "json");

    private final String mediaType;
    private final String fileExtension;

    ExportFormat(String mediaType, String fileExtension) {
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension for a download's file name; null for JSON, which is a page rather than a download. */
    public String fileExtension() {
        return fileExtension;
    }

    /** The value of the format parameter, e.g. "geojson". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a format parameter: its exact code, as for every other code the API takes. */
    public static Optional<ExportFormat> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (ExportFormat format : values()) {
            if (format.code().equals(code)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format for the first acceptable media type that one fits, the list being in the client's order of
     * preference (as {@code HttpHeaders.getAcceptableMediaTypes()} gives it). TimelineJS is only ever asked for
     * by parameter: its media type is plain JSON.
     */
    public static Optional<ExportFormat> fromAccept(List<MediaType> acceptable) {
        // No Accept header means anything goes (RFC 9110), so the default format.
        if (acceptable == null || acceptable.isEmpty()) {
            return Optional.of(JSON);
        }
        for (MediaType type : acceptable) {
            Optional<ExportFormat> format = forMediaType(type);
            if (format.isPresent()) {
                return format;
            }
        }
        return Optional.empty();
    }

    private static Optional<ExportFormat> forMediaType(MediaType type) {
        if (refused(type)) {
            return Optional.empty();
        }
        String main = type.getType().toLowerCase(Locale.ROOT);
        String sub = type.getSubtype().toLowerCase(Locale.ROOT);
        if (type.isWildcardType() || main.equals("application") && type.isWildcardSubtype()) {
            return Optional.of(JSON);
        }
        if (main.equals("text") && (sub.equals("csv") || type.isWildcardSubtype())) {
            return Optional.of(CSV);
        }
        if (!main.equals("application")) {
            return Optional.empty();
        }
        return switch (sub) {
            // vnd.geo+json is the type in use before RFC 7946 registered geo+json; older clients still send it.
            case "geo+json", "vnd.geo+json" -> Optional.of(GEOJSON);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** q=0 is how a client says "anything but this". */
    private static boolean refused(MediaType type) {
        String quality = type.getParameters().get("q");
        try {
            return quality != null && Double.parseDouble(quality) == 0;
        } catch (NumberFormatException malformed) {
            return false;
        }
    }
}
