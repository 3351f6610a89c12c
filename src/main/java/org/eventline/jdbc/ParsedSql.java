package org.eventline.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL with :named parameters turned into JDBC's "?" form, with the names in order. Parsed once
 * per statement text and kept: the texts come from a few builders (one per filter shape), so a
 * request need not run a regex over some 3 KB of a page's SQL (a few per cent of its CPU, warm).
 */
record ParsedSql(String jdbcSql, List<String> names) {

    private static final Pattern NAME = Pattern.compile("(?<!:):([A-Za-z_][A-Za-z0-9_]*)");
    /** Filter shapes are few; the bound only keeps a builder gone wrong from filling the heap. */
    private static final int MAX_KEPT = 4096;
    private static final Map<String, ParsedSql> KEPT = new ConcurrentHashMap<>();

    static ParsedSql of(String sql) {
        ParsedSql parsed = KEPT.get(sql);
        if (parsed == null) {
            parsed = parse(sql);
            if (KEPT.size() < MAX_KEPT) {
                KEPT.put(sql, parsed);
            }
        }
        return parsed;
    }

    private static ParsedSql parse(String sql) {
        Matcher matches = NAME.matcher(sql);
        StringBuilder jdbcSql = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        while (matches.find()) {
            names.add(matches.group(1));
            matches.appendReplacement(jdbcSql, "?");
        }
        matches.appendTail(jdbcSql);
        return new ParsedSql(jdbcSql.toString(), List.copyOf(names));
    }
}
