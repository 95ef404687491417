package org.portcullis.model.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/error-codes.md lists exactly the error and warning codes the code has, each with its meaning and hint. */
class ErrorCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "error-codes.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| (.+?) \\| (.+?) \\| (.+?) \\|$",
            Pattern.MULTILINE);

    @Test
    void catalogueListsEveryCodeOfTheCodeAndNoOther() throws IOException {
        String catalogue = Files.readString(CATALOGUE);
        Set<String> documented = ROW.matcher(catalogue).results().map(match -> match.group(1))
                .collect(Collectors.toSet());
        Set<String> inCode = Stream.concat(Arrays.stream(ErrorCode.values()), Arrays.stream(WarningCode.values()))
                .map(Enum::name).collect(Collectors.toSet());

        assertThat(documented).isEqualTo(inCode);
    }

    @Test
    void catalogueGivesTheSameMeaningAndHintAsTheCode() throws IOException {
        Matcher rows = ROW.matcher(Files.readString(CATALOGUE));
        while (rows.find()) {
            String name = rows.group(1);
            boolean warning = Arrays.stream(WarningCode.values()).anyMatch(code -> code.name().equals(name));
            assertThat(rows.group(2)).as(name).isEqualTo(warning ? WarningCode.valueOf(name).meaning()
                    : ErrorCode.valueOf(name).meaning());
            assertThat(rows.group(4)).as(name).isEqualTo(warning ? WarningCode.valueOf(name).hint()
                    : ErrorCode.valueOf(name).hint());
        }
    }
}
