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
import org.junit.jupiter.api.Test;

/** docs/error-codes.md lists exactly the codes the code has, each with its meaning and hint. */
class ErrorCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "error-codes.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| (.+?) \\| (.+?) \\| (.+?) \\|$",
            Pattern.MULTILINE);

    @Test
    void catalogueListsEveryCodeOfTheCodeAndNoOther() throws IOException {
        String catalogue = Files.readString(CATALOGUE);
        Set<String> documented = ROW.matcher(catalogue).results().map(match -> match.group(1))
                .collect(Collectors.toSet());
        Set<String> inCode = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());

        assertThat(documented).isEqualTo(inCode);
    }

    @Test
    void catalogueGivesTheSameMeaningAndHintAsTheCode() throws IOException {
        Matcher rows = ROW.matcher(Files.readString(CATALOGUE));
        while (rows.find()) {
            ErrorCode code = ErrorCode.valueOf(rows.group(1));
            assertThat(rows.group(2)).as(code.name()).isEqualTo(code.meaning());
            assertThat(rows.group(4)).as(code.name()).isEqualTo(code.hint());
        }
    }
}
