package org.eventline.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventline.source.SourceEntry;
import org.eventline.vocabulary.SourceKind;
import org.eventline.write.Slugs;

/** The news articles a UCDP GED row cites (source_article), each a source of its own. */
final class UcdpArticles {

    /** One entry of source_article: "office,date,headline". */
    private static final Pattern ARTICLE = Pattern.compile("^(.*?),(\\d{4}-\\d{2}-\\d{2}),(.*)$", Pattern.DOTALL);

    private UcdpArticles() {
    }

    private record Article(String office, LocalDate date, String headline) {
        String slug() {
            String office = Slugs.of(this.office());
            return (office.length() > 40 ? office.substring(0, 40).replaceAll("-$", "") : office)
                    + "-" + date + "-" + Slugs.shortHash(office() + "|" + date + "|" + headline);
        }

        SourceEntry entry() {
            return new SourceEntry(null, slug(), SourceKind.NEWS_ARTICLE, office,
                    headline.isBlank() ? office + ", " + date : headline, null, date, null, null);
        }
    }

    /** The sources the articles are, in the order cited. */
    static List<SourceEntry> sources(UcdpRow row) {
        return articles(row).stream().map(Article::entry).toList();
    }

    /** The slugs of the articles' sources, each once. */
    static List<String> slugs(UcdpRow row) {
        return articles(row).stream().map(Article::slug).distinct().toList();
    }

    /**
     * How many distinct outlets the articles come from, their names compared by letters and digits
     * alone ("Air Wars" is "Airwars"): SOHR;SOHR is one outlet, however many articles it wrote.
     */
    static long outlets(UcdpRow row) {
        return articles(row).stream()
                .map(article -> article.office().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))
                .distinct().count();
    }

    /** source_article holds "office,date,headline" entries, each quoted, joined by ';'. */
    private static List<Article> articles(UcdpRow row) {
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
                    throw new UcdpRow.BadField("source_article", "an entry has no valid date: '" + entry + "'");
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
}
