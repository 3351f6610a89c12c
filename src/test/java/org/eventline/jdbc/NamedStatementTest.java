package org.eventline.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Named parameters become JDBC's "?" in order; casts ("::date") are left alone. */
class NamedStatementTest {

    @Test
    void eachNameBecomesAPositionWithItsValueEvenWhenRepeated() {
        LocalDate day = LocalDate.of(2016, 10, 14);
        NamedStatement statement = new NamedStatement(
                "select 1 where d >= :from::date and t = any(:types) and d <= :from + 30", Map.of("from", day, "types", new String[] {"a"}));

        NamedStatement.Positional positional = statement.positional();

        assertEquals("select 1 where d >= ?::date and t = any(?) and d <= ? + 30", positional.sql());
        assertEquals(3, positional.values().size());
        assertEquals(List.of(day, day), List.of(positional.values().get(0), positional.values().get(2)));
    }

    @Test
    void aNameWithoutAValueIsAProgrammingErrorNotANullBinding() {
        NamedStatement statement = new NamedStatement("select :missing", Map.of());
        IllegalStateException error = assertThrows(IllegalStateException.class, statement::positional);
        assertEquals("no value for the parameter :missing", error.getMessage());
    }
}
