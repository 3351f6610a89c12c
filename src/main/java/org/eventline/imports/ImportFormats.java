package org.eventline.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.eventline.actor.ActorEntry;
import org.eventline.event.EventEntry;
import org.eventline.location.LocationEntry;
import org.eventline.source.SourceEntry;
import org.eventline.web.InvalidInput;
import org.eventline.web.InvalidInputException;
import org.eventline.web.UnreadableJson;
import org.eventline.write.Entries;

/** Reads an import body line by line, as it arrives, in each format the import accepts. */
@ApplicationScoped
public class ImportFormats {

    private static final Set<String> UCDP_COLUMNS = Set.of("id", "type_of_violence", "conflict_name", "side_a", "side_b",
            "number_of_sources", "source_article", "source_headline", "source_original", "where_prec",
            "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "country", "date_prec", "date_start",
            "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high");

    @Inject
    ObjectMapper objectMapper;

    /** The included records of an NDJSON line: created when their slugs are new. */
    record Includes(List<SourceEntry> sources, List<ActorEntry> actors, List<LocationEntry> locations) {
    }

    /**
     * A UCDP GED CSV with its header row; a line is a CSV record, numbered from 1 for the header
     * (a record may span lines inside quotes).
     */
    public Iterator<ImportLine> ucdpGed(InputStream body) {
        MappingIterator<Map<String, String>> rows;
        try {
            rows = new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                    .readValues(new InputStreamReader(body, StandardCharsets.UTF_8));
            rows.hasNext(); // reads the header
            requireColumns((CsvSchema) rows.getParser().getSchema());
        } catch (IOException | RuntimeException e) {
            throw unreadableBody("not a CSV file with a header row: " + csvReason(e));
        }
        return new Iterator<>() {
            private long number = 1;

            @Override
            public boolean hasNext() {
                try {
                    return rows.hasNext();
                } catch (RuntimeException e) {
                    throw brokenAt(number + 1, e);
                }
            }

            @Override
            public ImportLine next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                number++;
                try {
                    return UcdpGedFormat.read(number, rows.next());
                } catch (RuntimeJsonMappingException e) {
                    // a record the CSV parser cannot map (more fields than the header names): refused on its own
                    return new ImportLine.Unreadable(number, List.of(InvalidInput.field("(record)", csvReason(e))));
                } catch (RuntimeException e) {
                    throw brokenAt(number, e);
                }
            }
        };
    }

    /**
     * The CSV parser stopped (a quote opened and never closed, then text after it): nothing after
     * can be told apart, so the whole import is refused, naming the record where it broke.
     */
    private static InvalidInputException brokenAt(long record, RuntimeException e) {
        return new InvalidInputException(List.of(InvalidInput.field("line " + record,
                "the CSV cannot be read from this record on: " + csvReason(e))));
    }

    /** One event per line in the API's own shape (a PUT body), with an optional "includes" object. */
    public Iterator<ImportLine> ndjson(InputStream body) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        return new Iterator<>() {
            private long number;
            private String pending = advance();

            private String advance() {
                try {
                    String line;
                    do {
                        line = reader.readLine();
                        number++;
                    } while (line != null && line.isBlank());
                    return line;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public ImportLine next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                long lineNumber = number;
                String text = pending;
                pending = advance();
                return ndjsonLine(lineNumber, text);
            }
        };
    }

    private ImportLine ndjsonLine(long number, String text) {
        try {
            JsonNode line = objectMapper.readTree(text);
            if (!(line instanceof ObjectNode event)) {
                return new ImportLine.Unreadable(number, List.of(InvalidInput.field("(line)", "must be a JSON object")));
            }
            JsonNode included = event.remove("includes");
            Includes includes = included == null ? new Includes(null, null, null) : objectMapper.treeToValue(included, Includes.class);
            return new ImportLine.Read(number, objectMapper.treeToValue(event, EventEntry.class),
                    Entries.orEmpty(includes.sources()), Entries.orEmpty(includes.actors()),
                    Entries.orEmpty(includes.locations()));
        } catch (JsonProcessingException e) {
            return new ImportLine.Unreadable(number, List.of(UnreadableJson.problem(e, "(line)")));
        }
    }

    private static void requireColumns(CsvSchema header) {
        Set<String> missing = new TreeSet<>(UCDP_COLUMNS);
        header.forEach(column -> missing.remove(column.getName()));
        if (!missing.isEmpty()) {
            throw unreadableBody("not a UCDP GED file: the header lacks " + String.join(", ", missing));
        }
    }

    /** The CSV parser's own words, without the Java source description Jackson appends to them. */
    private static String csvReason(Exception e) {
        String message = e.getCause() instanceof JsonProcessingException cause ? cause.getOriginalMessage()
                : e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.getMessage();
        return message == null ? "unreadable" : message.split("\n")[0].replaceAll("\\s*\\(?\\bat \\[Source.*", "");
    }

    private static InvalidInputException unreadableBody(String message) {
        return new InvalidInputException(List.of(InvalidInput.field("(body)", message)));
    }
}
