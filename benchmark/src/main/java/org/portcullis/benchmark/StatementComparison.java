package org.portcullis.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's statements (tables ACT_*) of the Camunda bound per instance beside those of the end to end per
 * filing, statement by statement: what the engine does more often, or more dearly, inside the application. The
 * multi-row inserts of one table (their text differs by the number of rows a JDBC batch held) count as one.
 */
final class StatementComparison {

    private static final int QUERY_SHOWN = 140;

    /** Calls, rows and milliseconds of one statement per unit (instance or filing). */
    record Side(double calls, double rows, double ms) {

        double meanMs() {
            return calls == 0 ? 0 : ms / calls;
        }

        Side plus(Side other) {
            return new Side(calls + other.calls, rows + other.rows, ms + other.ms);
        }
    }

    record Line(String statement, Side bound, Side endToEnd) {
    }

    private StatementComparison() {
    }

    static List<Line> lines(List<StatementProfile.Entry> bound, long instances, List<StatementProfile.Entry> endToEnd,
            long filings) {
        Map<String, Side> boundSides = perUnit(bound, instances);
        Map<String, Side> endToEndSides = perUnit(endToEnd, filings);
        Map<String, Line> lines = new LinkedHashMap<>();
        Side none = new Side(0, 0, 0);
        endToEndSides.forEach((key, side) -> lines.put(key, new Line(key, boundSides.getOrDefault(key, none), side)));
        boundSides.forEach((key, side) -> lines.putIfAbsent(key, new Line(key, side, none)));
        List<Line> sorted = new ArrayList<>(lines.values());
        sorted.sort(Comparator.comparingDouble((Line line) -> Math.max(line.endToEnd().ms(), line.bound().ms()))
                .reversed());
        return sorted;
    }

    static String markdown(List<Line> lines) {
        Side boundAll = lines.stream().map(Line::bound).reduce(new Side(0, 0, 0), Side::plus);
        Side endToEndAll = lines.stream().map(Line::endToEnd).reduce(new Side(0, 0, 0), Side::plus);
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "# The engine's statements: Camunda bound "
                + "per instance, end to end per filing%n%nAll of the engine's (tables ACT_*): bound %.1f statements, "
                + "%.2f ms an instance; end to end %.1f statements, %.2f ms a filing.%n%n"
                + "| statement | bound calls | rows | mean ms | ms | end to end calls | rows | mean ms | ms | ms more |%n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n", boundAll.calls(), boundAll.ms(),
                endToEndAll.calls(), endToEndAll.ms()));
        for (Line line : lines) {
            String shown = line.statement().length() > QUERY_SHOWN ? line.statement().substring(0, QUERY_SHOWN) + " ..."
                    : line.statement();
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %s |%+.3f |%n", shown.replace("|", "\\|"),
                    cells(line.bound()), cells(line.endToEnd()), line.endToEnd().ms() - line.bound().ms()));
        }
        return md.toString();
    }

    /** One key per statement; the multi-row inserts into one table share {@code insert into TABLE}. */
    static String key(String query) {
        String flat = query.replaceAll("\\s+", " ").trim();
        String lower = flat.toLowerCase(Locale.ROOT);
        if (lower.startsWith("insert into ")) {
            int end = flat.indexOf(' ', "insert into ".length());
            return end < 0 ? flat : flat.substring(0, end);
        }
        return flat;
    }

    private static Map<String, Side> perUnit(List<StatementProfile.Entry> entries, long units) {
        double per = Math.max(1, units);
        Map<String, Side> sides = new LinkedHashMap<>();
        for (StatementProfile.Entry entry : entries) {
            if (entry.isEngine()) {
                sides.merge(key(entry.query()), new Side(entry.calls() / per, entry.rows() / per, entry.totalMs() / per),
                        Side::plus);
            }
        }
        return sides;
    }

    private static String cells(Side side) {
        return String.format(Locale.ROOT, "%.2f | %.2f | %.3f | %.3f", side.calls(), side.rows(), side.meanMs(),
                side.ms());
    }
}
