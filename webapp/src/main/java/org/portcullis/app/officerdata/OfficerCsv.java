package org.portcullis.app.officerdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.portcullis.casework.officerdata.FlatRows;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table of a disclosed filing as CSV (RFC 4180). A value a spreadsheet would take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return: a carrier writes the names) is written with a leading apostrophe.
 */
public final class OfficerCsv {

    private OfficerCsv() {
    }

    public static String write(FlatRows.Table table) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(table.columns().toArray(String[]::new)).get())) {
            for (Map<String, String> row : table.rows()) {
                List<String> values = new ArrayList<>();
                for (String column : table.columns()) {
                    values.add(inert(row.getOrDefault(column, "")));
                }
                csv.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The CSV as a download of that file name, in UTF-8. */
    public static ResponseEntity<byte[]> download(String body, String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    static String inert(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
