package org.eventline.event;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.eventline.config.EventlineConfig;
import org.eventline.catalog.DatasetRepository;
import org.eventline.event.EventRepository.DocumentRow;
import org.eventline.web.Cursor;
import org.eventline.web.format.CsvEventWriter;
import org.eventline.web.format.DatasetTerms;
import org.eventline.web.format.EventExportWriter;
import org.eventline.web.format.ExportFormat;
import org.eventline.web.format.GeoJsonEventWriter;
import org.eventline.web.format.TimelineJsEventWriter;

/**
 * Assembles a list of events in any format: a JSON page with a keyset cursor, or an export (GeoJSON,
 * CSV, TimelineJS). An export without a limit streams every match, fetched in chunks, each in its
 * own short transaction, so memory does not grow with the size of the export.
 */
@ApplicationScoped
public class EventListing {

    @Inject
    EventRepository repository;
    @Inject
    ObjectMapper objectMapper;
    @Inject
    EventDocuments documents;
    @Inject
    EventlineConfig config;
    @Inject
    DatasetRepository datasets;

    /** A JSON page, as the bytes of its answer, and the cursor of the next page (null on the last). */
    public record JsonPage(byte[] json, String nextCursor) {
    }

    public JsonPage page(EventListQuery query) {
        EventFilter filter = query.filter();
        List<DocumentRow> rows = repository.findDocumentPage(filter, query.sort(), query.after(), query.limit() + 1);
        boolean hasNext = rows.size() > query.limit();
        List<DocumentRow> items = hasNext ? rows.subList(0, query.limit()) : rows;
        String next = hasNext ? cursor(query.sort(), filter, EventKey.of(items.get(items.size() - 1), query.sort())) : null;
        return new JsonPage(pageJson(items, next, query.count() ? repository.count(filter) : null), next);
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

    /** The export, written as the answer is sent: every match (or a page), read in chunks. */
    public StreamingOutput export(EventListQuery query) {
        EventFilter filter = query.filter();
        EventSort sort = query.sort();
        int maxRows = query.maxRows();
        return out -> {
            EventExportWriter writer = writer(query.format());
            EventKey after = query.after();
            writer.start(out);
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
                after = EventKey.of(last, sort);
            }
            writer.finish();
        };
    }

    private EventExportWriter writer(ExportFormat format) {
        return switch (format) {
            case GEOJSON -> new GeoJsonEventWriter(objectMapper);
            case CSV -> new CsvEventWriter(datasetTerms());
            case TIMELINEJS -> new TimelineJsEventWriter(objectMapper, "Eventline", "Events from the Eventline API");
            case JSON -> throw new IllegalArgumentException("JSON is answered as pages, not exported");
        };
    }

    /** Every dataset's terms by slug, for the CSV's citation columns. */
    private Map<String, DatasetTerms> datasetTerms() {
        return QuarkusTransaction.requiringNew().call(() -> datasets.findAllBySlug().stream()
                .collect(Collectors.toMap(dataset -> dataset.slug,
                        dataset -> new DatasetTerms(dataset.version, dataset.licence, dataset.licenceUrl, dataset.citation))));
    }

    private static String cursor(EventSort sort, EventFilter filter, EventKey last) {
        return new Cursor<>(EventKey.in(sort), filter.fingerprint()).encode(last);
    }

    /** The name a download is saved under, naming the period. */
    public static String fileName(EventFilter filter, ExportFormat format) {
        String period = filter.from() == null && filter.to() == null ? ""
                : "-" + (filter.from() == null ? "start" : filter.from()) + "-to-" + (filter.to() == null ? "now" : filter.to());
        return "eventline-events" + period + "." + format.fileExtension();
    }
}
