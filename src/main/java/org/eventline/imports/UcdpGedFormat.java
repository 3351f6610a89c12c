package org.eventline.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventline.actor.ActorEntry;
import org.eventline.event.EventEntry;
import org.eventline.event.EventEntry.CitationEntry;
import org.eventline.event.EventEntry.ClaimEntry;
import org.eventline.event.EventEntry.DateEntry;
import org.eventline.event.EventEntry.ParticipantEntry;
import org.eventline.event.EventEntry.PlaceEntry;
import org.eventline.location.LocationEntry;
import org.eventline.location.LocationEntry.Point;
import org.eventline.source.SourceEntry;
import org.eventline.vocabulary.ActorKind;
import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.EventStatus;
import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;
import org.eventline.vocabulary.LocationRole;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.SourceKind;
import org.eventline.vocabulary.Verification;
import org.eventline.web.InvalidInput;
import org.eventline.write.Slugs;

/**
 * One row of the UCDP Georeferenced Event Dataset (GED 19.1 codebook) as an event: the date
 * envelope and its precision, the place in a country / governorate / district / place hierarchy
 * with what its point stands for, the two sides as actors, and every figure (low, best, high and
 * the deaths per side) as a claim attributed to UCDP, kept as published even when out of order.
 */
final class UcdpGedFormat {

    static final String KEY_PREFIX = "ucdp-ged:";
    static final String UCDP_ACTOR = "ucdp";
    static final String GED_SOURCE = "ucdp-ged";
    /** One entry of source_article: "office,date,headline". */
    private static final Pattern ARTICLE = Pattern.compile("^(.*?),(\\d{4}-\\d{2}-\\d{2}),(.*)$", Pattern.DOTALL);

    private static final ActorEntry UCDP = new ActorEntry(null, UCDP_ACTOR, "Uppsala Conflict Data Program", ActorKind.MONITOR,
            List.of("UCDP"), null, null, "Codes organised violence worldwide; publishes the Georeferenced Event Dataset (GED).");
    private static final SourceEntry GED = new SourceEntry(null, GED_SOURCE, SourceKind.AGENCY_REPORT,
            "Uppsala Conflict Data Program", "UCDP Georeferenced Event Dataset (GED)", "https://ucdp.uu.se/downloads/",
            null, "en", "Event data coded by UCDP from news reports; CC BY 4.0. Cite Sundberg and Melander (2013) and the GED codebook.");

    private UcdpGedFormat() {
    }

    /** The line of one CSV record (its header named columns); an unreadable field makes an unreadable line. */
    static ImportLine read(long number, Map<String, String> row) {
        Row fields = new Row(row);
        try {
            return new ImportLine.Read(number, event(fields), sources(fields), actors(fields), locations(fields));
        } catch (BadField e) {
            return new ImportLine.Unreadable(number, List.of(InvalidInput.field(e.field, e.getMessage())));
        }
    }

    private static EventEntry event(Row row) {
        String id = row.required("id");
        boolean oneSided = row.integer("type_of_violence") == 3;
        String sideA = row.required("side_a");
        String sideB = row.required("side_b");
        String place = placeName(row);
        long best = row.integer("best");
        List<String> articles = articleSlugs(row);
        String claimSource = articles.isEmpty() ? GED_SOURCE : articles.get(0);
        Verification verification = row.integer("number_of_sources") >= 2 ? Verification.CORROBORATED : Verification.UNVERIFIED;

        List<ClaimEntry> claims = new ArrayList<>();
        claims.add(figure(ClaimGroup.PEOPLE, best, best, Qualifier.ABOUT, "best estimate: " + best, claimSource, verification));
        claims.add(figure(ClaimGroup.PEOPLE, row.integer("low"), null, Qualifier.AT_LEAST, "low estimate: " + row.integer("low"), claimSource, verification));
        claims.add(figure(ClaimGroup.PEOPLE, null, row.integer("high"), Qualifier.AS_MANY_AS, "high estimate: " + row.integer("high"), claimSource, verification));
        addDeaths(claims, ClaimGroup.COMBATANTS, row.integer("deaths_a"), "deaths of side A, " + sideA, claimSource, verification);
        addDeaths(claims, ClaimGroup.COMBATANTS, row.integer("deaths_b"), "deaths of side B, " + sideB, claimSource, verification);
        addDeaths(claims, ClaimGroup.CIVILIANS, row.integer("deaths_civilians"), "civilian deaths", claimSource, verification);
        addDeaths(claims, ClaimGroup.PEOPLE, row.integer("deaths_unknown"), "deaths of unknown status", claimSource, verification);

        List<CitationEntry> citations = new ArrayList<>();
        citations.add(new CitationEntry(GED_SOURCE, "UCDP GED event " + id));
        String original = row.optional("source_original");
        articles.forEach(slug -> citations.add(new CitationEntry(slug, original)));

        String title = oneSided
                ? sideA + " kills civilians at " + place
                : "Fighting between " + sideA + " and " + sideB + " at " + place;
        String summary = "UCDP GED event " + id + " in the conflict " + row.required("conflict_name") + ": " + best
                + " killed (best estimate; low " + row.integer("low") + ", high " + row.integer("high") + ")."
                + (row.optional("source_headline") == null ? "" : " Reported as: " + row.optional("source_headline"));
        return new EventEntry(null, KEY_PREFIX + id, oneSided ? "attack_on_civilians" : "armed_clash", title, summary,
                EventStatus.OCCURRED, date(row), placeSlug(row), List.of(new PlaceEntry(placeSlug(row), placeRole(row))),
                List.of(new ParticipantEntry(slug(sideA), oneSided ? ActorRole.PERPETRATOR : ActorRole.PARTICIPANT),
                        new ParticipantEntry(slug(sideB), oneSided ? ActorRole.TARGET : ActorRole.PARTICIPANT),
                        new ParticipantEntry(UCDP_ACTOR, ActorRole.CLAIMANT)),
                claims, List.of(), citations, List.of());
    }

    private static ClaimEntry figure(ClaimGroup group, Long min, Long max, Qualifier qualifier, String reportedAs,
            String source, Verification verification) {
        return new ClaimEntry(ClaimMeasure.KILLED, group, min, max, qualifier, reportedAs, null, UCDP_ACTOR, source, verification);
    }

    /** A per-side count is a claim when UCDP counted someone; the zero counts add nothing to low, best and high. */
    private static void addDeaths(List<ClaimEntry> claims, ClaimGroup group, long deaths, String what, String source,
            Verification verification) {
        if (deaths > 0) {
            claims.add(figure(group, deaths, deaths, Qualifier.ABOUT, what + ": " + deaths + " (best estimate)", source, verification));
        }
    }

    /** date_prec 1 exact day, 2 a few days, 3 the week, 4 the month or up to 30 days, 5 within the year. */
    private static DateEntry date(Row row) {
        String precision = switch ((int) row.integer("date_prec")) {
            case 1, 2 -> "day";
            case 3 -> "week";
            case 4 -> "month";
            case 5 -> "year";
            default -> throw new BadField("date_prec", "must be 1 to 5, got " + row.required("date_prec"));
        };
        return new DateEntry(null, row.date("date_start"), row.date("date_end"), precision, false, null);
    }

    private static List<ActorEntry> actors(Row row) {
        return List.of(actor(row.required("side_a")), actor(row.required("side_b")), UCDP);
    }

    private static ActorEntry actor(String name) {
        ActorKind kind = name.startsWith("Government of") ? ActorKind.GOVERNMENT
                : name.equalsIgnoreCase("civilians") ? ActorKind.GROUP : ActorKind.ARMED_GROUP;
        return new ActorEntry(null, slug(name), name, kind, List.of(), null, null, null);
    }

    private static List<SourceEntry> sources(Row row) {
        List<SourceEntry> sources = new ArrayList<>();
        sources.add(GED);
        for (Article article : articles(row)) {
            sources.add(new SourceEntry(null, article.slug(), SourceKind.NEWS_ARTICLE, article.office(),
                    article.headline().isBlank() ? article.office() + ", " + article.date() : article.headline(),
                    null, article.date(), null, null));
        }
        return sources;
    }

    private static List<String> articleSlugs(Row row) {
        return articles(row).stream().map(Article::slug).distinct().toList();
    }

    private record Article(String office, LocalDate date, String headline) {
        String slug() {
            String office = UcdpGedFormat.slug(this.office());
            return (office.length() > 40 ? office.substring(0, 40).replaceAll("-$", "") : office)
                    + "-" + date + "-" + shortHash(office() + "|" + date + "|" + headline);
        }
    }

    /** source_article holds "office,date,headline" entries, each quoted, joined by ';'. */
    private static List<Article> articles(Row row) {
        String field = row.optional("source_article");
        List<Article> articles = new ArrayList<>();
        if (field == null) {
            return articles;
        }
        for (String entry : splitQuoted(field)) {
            Matcher matcher = ARTICLE.matcher(entry.strip());
            if (matcher.matches() && !matcher.group(1).isBlank()) {
                try {
                    articles.add(new Article(matcher.group(1).strip(), LocalDate.parse(matcher.group(2)), matcher.group(3).strip()));
                } catch (DateTimeParseException e) {
                    throw new BadField("source_article", "an entry has no valid date: '" + entry + "'");
                }
            }
        }
        return articles;
    }

    /** Splits "a";"b" (quotes doubled inside) into a and b; text without quotes splits on ';'. */
    private static List<String> splitQuoted(String field) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < field.length() && field.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ';' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** The place hierarchy the row needs, parents first; where_prec says which level the event is known at. */
    private static List<LocationEntry> locations(Row row) {
        int precision = (int) row.integer("where_prec");
        Point point = new Point(row.decimal("longitude"), row.decimal("latitude"));
        List<LocationEntry> locations = new ArrayList<>();
        String country = row.required("country");
        locations.add(new LocationEntry(null, slug(country), country, LocationKind.COUNTRY, null, List.of(),
                precision == 6 ? point : null, LocationPrecision.COUNTRY, null));
        String parent = slug(country);
        String governorate = row.optional("adm_1");
        if (governorate != null) {
            locations.add(new LocationEntry(null, slug(governorate), governorate, LocationKind.GOVERNORATE, parent, List.of(),
                    precision == 4 ? point : null, LocationPrecision.REGION, null));
            parent = slug(governorate);
        }
        String district = row.optional("adm_2");
        if (district != null) {
            locations.add(new LocationEntry(null, slug(district), district, LocationKind.DISTRICT, parent, List.of(),
                    precision == 3 ? point : null, LocationPrecision.DISTRICT, null));
            parent = slug(district);
        }
        if (precision == 1 || precision == 2 || precision == 5) {
            String name = row.required("where_coordinates");
            LocationKind kind = placeKind(name);
            LocationPrecision pointStandsFor = precision == 5 ? LocationPrecision.AREA
                    : precision == 2 ? LocationPrecision.NEAR
                    : kind == LocationKind.CITY || kind == LocationKind.NEIGHBOURHOOD ? LocationPrecision.TOWN
                    : LocationPrecision.EXACT;
            locations.add(new LocationEntry(null, placeSlug(row), name, kind, parent, List.of(), point, pointStandsFor, null));
        }
        return locations;
    }

    /** The slug of the place the event is known at: a named place, or the district, governorate or country itself. */
    private static String placeSlug(Row row) {
        int precision = (int) row.integer("where_prec");
        return switch (precision) {
            case 1, 2, 5 -> {
                String district = row.optional("adm_2");
                String governorate = row.optional("adm_1");
                String qualifier = district != null ? district.replaceAll("(?i)\\s+district$", "")
                        : governorate != null ? governorate.replaceAll("(?i)\\s+governorate$", "") : "";
                yield slug(row.required("where_coordinates") + " " + qualifier);
            }
            case 3 -> slug(orElse(row.optional("adm_2"), orElse(row.optional("adm_1"), row.required("country"))));
            case 4 -> slug(orElse(row.optional("adm_1"), row.required("country")));
            case 6 -> slug(row.required("country"));
            default -> throw new BadField("where_prec", "must be 1 to 6, got " + row.required("where_prec"));
        };
    }

    private static String placeName(Row row) {
        return row.required("where_coordinates");
    }

    private static LocationRole placeRole(Row row) {
        return row.integer("where_prec") <= 2 ? LocationRole.SITE : LocationRole.AREA;
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

    static String slug(String text) {
        return Slugs.of(text);
    }

    private static String shortHash(String text) {
        return Slugs.shortHash(text);
    }

    /** A field of the row that cannot be read, named by its column. */
    private static final class BadField extends RuntimeException {
        private final String field;

        BadField(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    /** The row's fields by column name; an empty field is missing. */
    private record Row(Map<String, String> fields) {
        String optional(String column) {
            String value = fields.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                throw new BadField(column, "is required");
            }
            return value;
        }

        long integer(String column) {
            try {
                return Long.parseLong(required(column));
            } catch (NumberFormatException e) {
                throw new BadField(column, "must be a whole number, got '" + fields.get(column) + "'");
            }
        }

        double decimal(String column) {
            try {
                return Double.parseDouble(required(column));
            } catch (NumberFormatException e) {
                throw new BadField(column, "must be a number, got '" + fields.get(column) + "'");
            }
        }

        LocalDate date(String column) {
            try {
                return LocalDate.parse(required(column));
            } catch (DateTimeParseException e) {
                throw new BadField(column, "must be a date such as 2016-10-14, got '" + fields.get(column) + "'");
            }
        }
    }
}
