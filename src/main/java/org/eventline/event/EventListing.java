package org.eventline.event;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.eventline.config.EventlineConfig;
import org.eventline.event.EventRepository.DocumentRow;
import org.eventline.web.Cursor;
import org.eventline.web.InvalidInputException;
import org.eventline.web.QueryParameters;
import org.eventline.web.KeysetPaging;
import org.eventline.web.format.CsvEventWriter;
import org.eventline.web.format.EventExportWriter;
import org.eventline.web.format.ExportFormat;
import org.eventline.web.format.GeoJsonEventWriter;
import org.eventline.web.format.TimelineJsEventWriter;

/**
 * Answers a list of events in any format: a JSON page with a keyset cursor, or an export (GeoJSON,
 * CSV, TimelineJS). An export without a limit streams every match, fetched in chunks, each in its
 * own short transaction, so memory does not grow with the size of the export.
 */
@ApplicationScoped
public class EventListing {

    public static final Set<String> LIST_PARAMETERS = union(EventFilterParser.FILTER_PARAMETERS,
            Set.of("sort", "limit", "cursor", "count", "format"));

    @Inject
    EventFilterParser filterParser;
    @Inject
    EventRepository repository;
    @Inject
    ObjectMapper objectMapper;
    @Inject
    EventDocuments documents;
    @Inject
    EventlineConfig config;

    /** The list for this request, with the scope of the endpoint (an actor or a place) applied to its filter. */
    public Response respond(UriInfo uri, HttpHeaders headers, EventScope scope) {
        QueryParameters parameters = QueryParameters.of(uri, LIST_PARAMETERS);
        EventFilter filter = filterParser.parse(parameters, scope);
        EventSort sort = parameters.single("sort").map(code -> {
            EventSort known = EventSort.fromCode(code);
            if (known == null) {
                parameters.error("sort", "unknown sort '" + code + "'; valid: date, -date");
            }
            return known;
        }).orElse(EventSort.DATE);
        boolean paged = parameters.has("limit");
        int limit = parameters.limit();
        boolean count = parameters.flag("count");
        ExportFormat format = format(parameters, headers);
        EventKey after = parameters.single("cursor").map(value -> afterKey(value, sort, filter, parameters)).orElse(null);
        parameters.throwIfInvalid();

        if (format == ExportFormat.JSON) {
            return page(uri, filter, sort, after, limit, count);
        }
        return export(uri, format, filter, sort, after, paged ? limit : Integer.MAX_VALUE);
    }

    private Response page(UriInfo uri, EventFilter filter, EventSort sort, EventKey after, int limit, boolean count) {
        List<DocumentRow> rows = repository.findDocumentPage(filter, sort, after, limit + 1);
        boolean hasNext = rows.size() > limit;
        List<DocumentRow> items = hasNext ? rows.subList(0, limit) : rows;
        String next = hasNext ? cursor(sort, filter, EventKey.of(items.get(items.size() - 1))) : null;
        byte[] page = pageJson(items, next, count ? repository.count(filter) : null);
        return KeysetPaging.withNextLink(Response.ok(page, MediaType.APPLICATION_JSON_TYPE), uri, next).build();
    }

    /**
     * The page as the Page record would serialise ({items, next_cursor, total?}), written around the
     * stored documents so that their UTF-8 bytes are copied, not decoded, parsed or rendered again.
     */
    private static byte[] pageJson(List<DocumentRow> items, String nextCursor, Long total) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(items.stream().mapToInt(row -> row.document().length + 1).sum() + 200);
        json.writeBytes(ascii("{\"items\":["));
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                json.write(',');
            }
            json.writeBytes(items.get(i).document());
        }
        // a cursor is base64url: nothing in it needs escaping
        json.writeBytes(ascii("],\"next_cursor\":" + (nextCursor == null ? "null" : "\"" + nextCursor + "\"")));
        if (total != null) {
            json.writeBytes(ascii(",\"total\":" + total));
        }
        json.write('}');
        return json.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private Response export(UriInfo uri, ExportFormat format, EventFilter filter, EventSort sort, EventKey start, int maxRows) {
        StreamingOutput body = out -> {
            EventExportWriter writer = writer(format);
            writer.start(out);
            EventKey after = start;
            int written = 0;
            while (written < maxRows) {
                int chunkSize = Math.min(config.export().chunkSize(), maxRows - written);
                EventKey position = after;
                List<DocumentRow> chunk = QuarkusTransaction.requiringNew().call(() ->
                        repository.findDocumentChunk(filter, sort, position, chunkSize));
                for (DocumentRow row : chunk) {
                    writer.write(documents.read(row.document()));
                }
                written += chunk.size();
                if (chunk.size() < chunkSize) {
                    break;
                }
                DocumentRow last = chunk.get(chunk.size() - 1);
                after = new EventKey(last.dateStart(), last.id());
            }
            writer.finish();
        };
        Response.ResponseBuilder response = Response.ok(body, format.mediaType() + (format == ExportFormat.CSV ? "; charset=utf-8; header=present" : ""));
        if (format == ExportFormat.CSV) {
            response.header("Content-Disposition", "attachment; filename=\"" + fileName(filter, format) + "\"");
        }
        return response.build();
    }

    private EventExportWriter writer(ExportFormat format) {
        return switch (format) {
            case GEOJSON -> new GeoJsonEventWriter(objectMapper);
            case CSV -> new CsvEventWriter();
            case TIMELINEJS -> new TimelineJsEventWriter(objectMapper, "Eventline", "Events from the Eventline API");
            case JSON -> throw new IllegalArgumentException("JSON is answered as pages, not exported");
        };
    }

    private static ExportFormat format(QueryParameters parameters, HttpHeaders headers) {
        return parameters.single("format")
                .map(code -> ExportFormat.fromCode(code).orElseGet(() -> {
                    parameters.error("format", "unknown format '" + code + "'; valid: json, geojson, csv, timelinejs");
                    return ExportFormat.JSON;
                }))
                .orElseGet(() -> ExportFormat.fromAccept(headers.getAcceptableMediaTypes()).orElse(ExportFormat.JSON));
    }

    private static EventKey afterKey(String value, EventSort sort, EventFilter filter, QueryParameters parameters) {
        try {
            EventKey key = EventKey.fromCursorKey(Cursor.decode(value, sort.code(), filter.fingerprint(), 2).lastKey());
            if (key == null) {
                parameters.error("cursor", "not a cursor this API issued; use the next_cursor value of the previous page as it is");
            }
            return key;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> parameters.error("cursor", error.message()));
            return null;
        }
    }

    private static String cursor(EventSort sort, EventFilter filter, EventKey last) {
        return new Cursor(sort.code(), filter.fingerprint(), last.asCursorKey()).encode();
    }

    private static String fileName(EventFilter filter, ExportFormat format) {
        String period = filter.from() == null && filter.to() == null ? ""
                : "-" + (filter.from() == null ? "start" : filter.from()) + "-to-" + (filter.to() == null ? "now" : filter.to());
        return "eventline-events" + period + "." + format.fileExtension();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
