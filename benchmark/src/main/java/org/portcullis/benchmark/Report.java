package org.portcullis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one run, written as a Markdown report (report.md) and a CSV file (results.csv). */
final class Report {

    record Row(String section, String measure, String parameter, double value, String unit, String note) {
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<String> remarks = new ArrayList<>();

    Report(String title) {
        this.title = title;
    }

    void row(String section, String measure, String parameter, double value, String unit, String note) {
        rows.add(new Row(section, measure, parameter, value, unit, note == null ? "" : note));
    }

    void fact(String name, String value) {
        facts.put(name, value);
    }

    void remark(String text) {
        remarks.add(text);
    }

    List<Row> rows() {
        return rows;
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        for (String remark : remarks) {
            md.append(remark).append("\n\n");
        }
        String section = null;
        for (Row row : rows) {
            if (!row.section().equals(section)) {
                section = row.section();
                md.append("\n## ").append(section).append("\n\n| measure | parameter | value | unit | note |\n")
                        .append("|---|---|---:|---|---|\n");
            }
            md.append("| ").append(row.measure()).append(" | ").append(row.parameter()).append(" | ")
                    .append(format(row.value())).append(" | ").append(row.unit()).append(" | ").append(row.note())
                    .append(" |\n");
        }
        md.append("\n## Machine, JVM, settings, commit\n\n| what | value |\n|---|---|\n");
        facts.forEach((name, value) -> md.append("| ").append(name).append(" | `").append(value.replace("|", "\\|"))
                .append("` |\n"));
        Files.writeString(directory.resolve("report.md"), md);

        StringBuilder csv = new StringBuilder("section,measure,parameter,value,unit,note\n");
        for (Row row : rows) {
            csv.append(String.join(",", quote(row.section()), quote(row.measure()), quote(row.parameter()),
                    String.format(Locale.ROOT, "%.3f", row.value()), quote(row.unit()), quote(row.note()))).append('\n');
        }
        Files.writeString(directory.resolve("results.csv"), csv);
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : Math.abs(value) >= 1 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
