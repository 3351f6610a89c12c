package org.eventline.web.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eventline.event.view.DateView;
import org.eventline.event.view.EventView;
import org.eventline.location.LocationRef;
import org.eventline.vocabulary.Coded;

/** Writes events as an RFC 7946 GeoJSON FeatureCollection, one Feature per event, placed by MappedPoint. */
public final class GeoJsonEventWriter implements EventExportWriter {

    private final ObjectMapper mapper;
    private JsonGenerator json;

    public GeoJsonEventWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void start(OutputStream out) throws IOException {
        json = mapper.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        // No "crs" member: RFC 7946 removed it, coordinates are always WGS 84.
        json.writeArrayFieldStart("features");
    }

    @Override
    public void write(EventView event) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", text(event.id()));
        json.writeFieldName("geometry");
        writeGeometry(MappedPoint.of(event));
        json.writeObjectFieldStart("properties");
        writeProperties(event);
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        // With AUTO_CLOSE_TARGET off, closing flushes the generator and releases its buffers but not the stream.
        json.close();
    }

    /** RFC 7946 allows a null geometry: an event with no known point is still an event. */
    private void writeGeometry(MappedPoint point) throws IOException {
        if (point == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        writeCoordinate(point.lon());
        writeCoordinate(point.lat());
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeProperties(EventView event) throws IOException {
        json.writeStringField("id", text(event.id()));
        json.writeStringField("type", event.type());
        json.writeStringField("category", event.category());
        json.writeStringField("title", event.title());
        json.writeStringField("summary", event.summary());
        json.writeStringField("status", code(event.status()));
        writeDate(event.date());
        LocationRef location = event.location();
        json.writeStringField("location_slug", location == null ? null : location.slug());
        json.writeStringField("location_name", location == null ? null : location.name());
        json.writeStringField("location_precision", location == null ? null : code(location.locationPrecision()));
        json.writeArrayFieldStart("actors");
        for (EventView.ActorInEvent actor : listOrEmpty(event.actors())) {
            json.writeStartObject();
            json.writeStringField("slug", actor.slug());
            json.writeStringField("name", actor.name());
            json.writeStringField("role", code(actor.role()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("claim_count", listOrEmpty(event.claims()).size());
        json.writeNumberField("source_count", listOrEmpty(event.sources()).size());
        json.writeStringField("updated_at", text(event.updatedAt()));
        json.writeStringField("dataset", event.dataset());
        for (Map.Entry<String, Long> column : FigureColumns.of(event).entrySet()) {
            json.writeFieldName(column.getKey());
            if (column.getValue() == null) {
                json.writeNull();
            } else {
                json.writeNumber(column.getValue());
            }
        }
        // the source's record (V027): its key and codes join a feature back to it
        json.writeStringField("key", event.externalKey());
        json.writeBooleanField("aggregate", event.aggregate());
        MappedPoint point = MappedPoint.of(event);
        json.writeStringField("point_precision", point == null ? null : code(point.precision()));
        json.writeArrayFieldStart("codes");
        for (EventView.SourceCode code : listOrEmpty(event.codes())) {
            json.writeStartObject();
            json.writeStringField("scheme", code.scheme());
            json.writeStringField("code", code.code());
            json.writeStringField("label", code.label());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Every member is written, null or not, so each Feature has the same properties for a map's style rules. */
    private void writeDate(DateView date) throws IOException {
        json.writeStringField("date_start", date == null ? null : text(date.start()));
        json.writeStringField("date_end", date == null ? null : text(date.end()));
        json.writeStringField("date_precision", date == null ? null : date.precision());
        json.writeFieldName("date_approximate");
        if (date == null) {
            json.writeNull();
        } else {
            json.writeBoolean(date.approximate());
        }
        json.writeFieldName("date_uncertain");
        if (date == null) {
            json.writeNull();
        } else {
            json.writeBoolean(date.uncertain());
        }
        json.writeStringField("date_edtf", date == null ? null : date.edtf());
        json.writeStringField("date_label", date == null ? null : date.label());
    }

    private void writeCoordinate(double degrees) throws IOException {
        // As text, so the mapper's BigDecimal settings cannot bring the exponent back.
        json.writeNumber(Coordinate.of(degrees).toPlainString());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
