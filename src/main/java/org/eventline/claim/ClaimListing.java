package org.eventline.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.eventline.claim.ClaimRepository.ClaimRow;
import org.eventline.config.EventlineConfig;
import org.eventline.web.Cursor;
import org.eventline.web.format.CsvSheet;

/**
 * Assembles the claims listing: a JSON page with a keyset cursor, or the CSV download, streamed in
 * chunks each read in its own short transaction. Each claim is taken from its event's stored
 * document (which shows every claim as the event's JSON does), so a page is one query.
 */
@ApplicationScoped
public class ClaimListing {

    /** The fields of the event that a claim carries with it. */
    private static final List<String> EVENT_FIELDS = List.of("id", "title", "type", "date", "location");

    @Inject
    ClaimRepository repository;
    @Inject
    ObjectMapper objectMapper;
    @Inject
    EventlineConfig config;

    /** A JSON page, as the bytes of its answer, and the cursor of the next page (null on the last). */
    public record JsonPage(byte[] json, String nextCursor) {
    }

    public JsonPage page(ClaimListQuery query) {
        List<ClaimRow> rows = repository.findPage(query.filter(), query.sort(), query.after(), query.limit() + 1);
        boolean hasNext = rows.size() > query.limit();
        List<ClaimRow> page = hasNext ? rows.subList(0, query.limit()) : rows;
        String next = hasNext ? new Cursor<>(ClaimKey.in(query.sort()), query.filter().fingerprint())
                .encode(page.get(page.size() - 1).key()) : null;
        ObjectNode answer = objectMapper.createObjectNode();
        answer.putArray("items").addAll(items(page));
        answer.put("next_cursor", next);
        if (query.count()) {
            answer.put("total", repository.count(query.filter()));
        }
        try {
            return new JsonPage(objectMapper.writeValueAsBytes(answer), next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV download, written as it is sent: every match (or a page), read in chunks. */
    public StreamingOutput export(ClaimListQuery query) {
        return out -> {
            SequenceWriter csv = CsvSheet.rows(out, ClaimCsvRow.SCHEMA);
            ClaimKey after = query.after();
            int written = 0;
            while (written < query.maxRows()) {
                int chunkSize = Math.min(config.export().chunkSize(), query.maxRows() - written);
                ClaimKey position = after;
                List<ClaimRow> chunk = QuarkusTransaction.requiringNew().call(() ->
                        repository.findPage(query.filter(), query.sort(), position, chunkSize));
                for (JsonNode item : items(chunk)) {
                    csv.write(ClaimCsvRow.of(objectMapper.treeToValue(item, ClaimItem.class)));
                }
                written += chunk.size();
                if (chunk.size() < chunkSize) {
                    break;
                }
                after = chunk.get(chunk.size() - 1).key();
            }
            csv.close();
        };
    }

    /** Each claim as its event's document shows it, with the event in brief; the rows of one event follow each other. */
    private List<JsonNode> items(List<ClaimRow> rows) {
        List<JsonNode> items = new ArrayList<>(rows.size());
        JsonNode event = null;
        for (ClaimRow row : rows) {
            if (row.eventDocument() != null) {
                event = read(row.eventDocument());
            }
            ObjectNode item = ((ObjectNode) event.path("claims").path(row.key().position())).deepCopy();
            ObjectNode brief = item.putObject("event");
            for (String field : EVENT_FIELDS) {
                brief.set(field, event.get(field));
            }
            items.add(item);
        }
        return items;
    }

    private JsonNode read(byte[] document) {
        try {
            return objectMapper.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored event document cannot be read", e);
        }
    }

    /** The name a download is saved under. */
    public static String fileName(ClaimFilter filter) {
        var events = filter.events();
        String period = events.from() == null && events.to() == null ? ""
                : "-" + (events.from() == null ? "start" : events.from()) + "-to-" + (events.to() == null ? "now" : events.to());
        return "eventline-claims" + period + ".csv";
    }
}
