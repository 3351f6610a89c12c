package org.eventline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a strict read refuses, said in the API's words at the field's path. */
class UnreadableJsonTest {

    private static final ObjectMapper STRICT = strict();

    record Entry(String title, Long min, List<String> aliases) {
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            {"min":1.9}                 | min        | expected an integer, not 1.9
            {"min":"4"}                 | min        | expected an integer
            {"title":true}              | title      | expected text
            {"aliases":"x"}             | aliases    | expected a list
            {"aliases":["a",null]}      | aliases[1] | must not be null
            {"title":"a","title":"b"}   | title      | duplicate field 'title'
            {"title":"x"}}garbage       | (body)     | unexpected content after the JSON value
            {"title":"x"}{}             | (body)     | unexpected content after the JSON value
            {"title":"x"} 5             | (body)     | unexpected content after the JSON value
            }                           | (body)     | malformed JSON at line 1, column 1: Unexpected close marker '}'
            {"title":                   | (body)     | malformed JSON at line 1, column 10: Unexpected end-of-input within/between Object entries
            {"title":"a\\u0000b"}       | title      | must not contain the NUL character (U+0000)
            ~~                          | (body)     | a JSON body is required
            """)
    void saysWhatWasExpectedAtTheField(String body, String field, String message) {
        String json = body == null ? "" : body.replace("\\\\u", "\\u");
        for (boolean tree : new boolean[] {false, true}) {
            JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> read(json, tree));
            InvalidInput problem = UnreadableJson.problem(e, "(body)");
            assertEquals(field, problem.field(), (tree ? "tree: " : "bound: ") + e);
            assertEquals(message, problem.message(), (tree ? "tree: " : "bound: ") + e);
        }
    }

    private static Object read(String json, boolean tree) throws Exception {
        var in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        if (!tree) {
            return STRICT.readerFor(Entry.class).readValue(in);
        }
        JsonNode node = STRICT.readerFor(JsonNode.class).readValue(in);
        if (node == null || node.isMissingNode()) {
            return STRICT.readerFor(Entry.class).readValue(new byte[0]);
        }
        return STRICT.treeToValue(node, Entry.class);
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
