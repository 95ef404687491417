package org.portcullis.messaging.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;

/**
 * Every message of the corpus ({@code src/test/resources/corpus/json} and {@code .../edifact}) reads as its name
 * says: {@code valid-*} files read as valid messages, {@code CODE.ext} and {@code CODE--variant.ext} files are
 * refused with that error code, a pointer where the code names an element, and a hint.
 */
class ReaderCorpusTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "corpus");

    private final FilingReaders readers = Readers.all();

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve("json"));
                Stream<Path> edifact = Files.list(CORPUS.resolve("edifact"))) {
            return Stream.concat(files.toList().stream(), edifact.toList().stream()).sorted();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsAsItsNameSays(Path file) throws IOException {
        String name = file.getFileName().toString();
        String contentType = name.endsWith(".edi") ? FilingReaders.EDIFACT : FilingReaders.JSON;
        FilingReadResult result = readers.forContentType(contentType).orElseThrow().read(Files.readAllBytes(file));

        if (name.startsWith("valid-")) {
            assertThat(result).as(name).isInstanceOf(FilingReadResult.Valid.class);
            return;
        }
        ErrorCode expected = expectedCode(name);
        assertThat(result).as(name).isInstanceOf(FilingReadResult.Invalid.class);
        var errors = ((FilingReadResult.Invalid) result).errors();
        assertThat(errors).as(name + ": " + errors).extracting(ValidationError::code).contains(expected);
        assertThat(errors).allSatisfy(error -> {
            assertThat(error.message()).isNotBlank();
            assertThat(error.hint()).isNotBlank();
        });
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "docs", "examples"))) {
            return files.toList().stream().sorted();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleInTheDocsReads(Path file) throws IOException {
        String contentType = file.toString().endsWith(".edi") ? FilingReaders.EDIFACT : FilingReaders.JSON;
        FilingReadResult result = readers.forContentType(contentType).orElseThrow().read(Files.readAllBytes(file));

        assertThat(result).as(result.toString()).isInstanceOf(FilingReadResult.Valid.class);
    }

    static ErrorCode expectedCode(String fileName) {
        String base = fileName.substring(0, fileName.lastIndexOf('.'));
        int variant = base.indexOf("--");
        return ErrorCode.valueOf(variant < 0 ? base : base.substring(0, variant));
    }
}
