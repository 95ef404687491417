package org.portcullis.messaging.iot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.iot.IotEventReadResult;

/**
 * Every sensor event of the corpus ({@code src/test/resources/corpus/iot}) and every sample of {@code docs/samples/iot}
 * reads as its name says: {@code valid-*} and the samples as events, {@code CODE.json} and {@code CODE--variant.json}
 * refused with that code, each error with a message and a hint.
 */
class IotCorpusTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "corpus", "iot");
    static final Path SAMPLES = Path.of("..", "docs", "samples", "iot");
    static final String TOPIC = "portcullis/iot/ACME/device-7";

    private final IotEventReader reader = new IotEventReader(FilingJson.objectMapper(),
            new IotTopics(Map.of("acme-device-7", "ACME")));

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.toList().stream().sorted();
        }
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.toList().stream().sorted();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsAsItsNameSays(Path file) throws IOException {
        String name = file.getFileName().toString();
        IotEventReadResult result = reader.read(TOPIC, "acme-device-7", Files.readAllBytes(file));

        if (name.startsWith("valid-")) {
            assertThat(result).as(name).isInstanceOf(IotEventReadResult.Valid.class);
            return;
        }
        String base = name.substring(0, name.lastIndexOf('.'));
        ErrorCode expected = ErrorCode.valueOf(base.contains("--") ? base.substring(0, base.indexOf("--")) : base);
        assertThat(result).as(name).isInstanceOf(IotEventReadResult.Invalid.class);
        var errors = ((IotEventReadResult.Invalid) result).errors();
        assertThat(errors).as(name + ": " + errors).extracting(ValidationError::code).contains(expected);
        assertThat(errors).allSatisfy(error -> {
            assertThat(error.message()).isNotBlank();
            assertThat(error.hint()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleInTheDocsReads(Path file) throws IOException {
        IotEventReadResult result = reader.read(TOPIC, "acme-device-7", Files.readAllBytes(file));

        assertThat(result).as(result.toString()).isInstanceOf(IotEventReadResult.Valid.class);
    }
}
