package org.eventline.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Makes the application's ObjectMapper read JSON strictly (API.md, "Strict at the edges"): a value
 * of the wrong JSON type is refused, never converted; so are a duplicate key, content after the
 * value, a null inside a list and a NUL character in a text. Every body, NDJSON line and dataset
 * is read through this mapper, as a tree and as an entry alike.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** What a text holding NUL gets: the rule of every reader of text (JSON here, CSV in imports). */
    public static final String NUL = "must not contain the NUL character (U+0000)";

    @Override
    @SuppressWarnings("deprecation") // MapperFeature on a built mapper: Quarkus hands us one, not a builder
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        // 1.9 is not an integer: without this Jackson stores 1, and 1.0e-400 as 0
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // "5" is not a number nor "true" a boolean
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        // nor true, 12 or 1.5 a text: that coercion is not a scalar one to Jackson, so it is named here
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        // a date is an ISO text: not a number of days, not a date-time
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        // a list holds values: [null] is refused at its element (actors[0]) instead of failing later
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new TextWithoutNul())
                .setDeserializerModifier(new DatesAsTextOnly()));
    }

    /** Jackson's date reader also takes [] (as no date) and [2016, 10, 14]; a date here is an ISO text only. */
    static final class DatesAsTextOnly extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return description.getBeanClass() == LocalDate.class ? new DateAsText(deserializer) : deserializer;
        }
    }

    static final class DateAsText extends DelegatingDeserializer {

        DateAsText(JsonDeserializer<?> reader) {
            super(reader);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> reader) {
            return new DateAsText(reader);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(LocalDate.class, parser);
            }
            return super.deserialize(parser, context);
        }
    }

    /**
     * Texts without the NUL character, which JSON allows (as \u0000) and PostgreSQL cannot store.
     * Refused as the text is read, before any part of a write looks a slug or key up with it.
     */
    static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, NUL, text, String.class);
            }
            return text;
        }
    }
}
