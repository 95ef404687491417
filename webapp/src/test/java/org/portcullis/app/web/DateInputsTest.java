package org.portcullis.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dates are typed as the pages show them (2026-12-04, 2026-12-04 16:30): no form uses the browser's own date or time
 * input, which shows the browser's locale (mm/dd/yyyy) next to the pages' ISO dates.
 */
class DateInputsTest {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    private static final Pattern BROWSER_DATE_INPUT = Pattern.compile(
            "type=\"(date|datetime-local|time|month|week)\"");

    @Test
    void noTemplateUsesTheBrowsersDateInputs() throws IOException {
        List<String> found;
        try (Stream<Path> paths = Files.walk(TEMPLATES)) {
            found = paths.filter(path -> path.toString().endsWith(".html")).flatMap(path -> {
                try {
                    List<String> lines = Files.readAllLines(path);
                    return java.util.stream.IntStream.range(0, lines.size())
                            .filter(i -> BROWSER_DATE_INPUT.matcher(lines.get(i)).find())
                            .mapToObj(i -> TEMPLATES.relativize(path) + ":" + (i + 1));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(found).isEmpty();
    }
}
