package org.portcullis.rules.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a reference CSV file (header line, '#' comments) into rows with their line numbers; bad rows are problems. */
final class CsvRows {

    /** One CSV record with the line it starts on; absent columns read as empty. */
    record Row(CSVRecord values, long line) {

        String get(String column) {
            return values.isMapped(column) && values.isSet(column) ? values.get(column).strip() : "";
        }

        String getOrNull(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();

    private CsvRows() {
    }

    /** The rows of the file; every problem (unreadable file, missing column, wrong field count) goes to problems. */
    static List<Row> read(String file, String text, List<String> requiredColumns, List<RuleProblem> problems) {
        if (text == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<String> missing = requiredColumns.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(new RuleProblem(file, 1, "the header lacks the column(s) " + String.join(", ", missing)));
                return List.of();
            }
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord values : parser) {
                Row row = new Row(values, line);
                line = parser.getCurrentLineNumber() + 1;
                if (values.isConsistent()) {
                    rows.add(row);
                } else {
                    problems.add(new RuleProblem(file, (int) row.line(), "has " + values.size()
                            + " fields, the header names " + parser.getHeaderNames().size()));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new RuleProblem(file, 0, "cannot be read as CSV: " + e.getMessage()));
        } catch (java.io.UncheckedIOException e) {
            problems.add(new RuleProblem(file, 0, "cannot be read as CSV: " + e.getCause().getMessage()));
        }
        return rows;
    }
}
