package org.portcullis.messaging.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.intake.CarrierMessage;
import org.portcullis.model.intake.FilingReadResult;

/**
 * A JSON filing is stored as the carrier sent it, and the intake keeps its own parse of it for the assessments
 * (casework's ParsedFilings): that is only right while reading the stored body back gives the very filing the
 * carrier's reader gave.
 */
class FilingDocumentsTest {

    private final JsonFilingReader reader = new JsonFilingReader(FilingJson.objectMapper(), new FilingSchema());
    private final FilingDocuments documents = new FilingDocuments(FilingJson.objectMapper());

    static Stream<Path> filingsAsSent() throws IOException {
        try (Stream<Path> samples = Files.list(Path.of("..", "docs", "samples"));
                Stream<Path> corpus = Files.list(Path.of("src", "test", "resources", "corpus", "json"))) {
            return Stream.concat(
                    samples.filter(file -> file.getFileName().toString().matches("filing-(?!invalid).*\\.json")),
                    corpus.filter(file -> file.getFileName().toString().startsWith("valid")
                            && !file.getFileName().toString().matches(".*(cancellation|information-response).*")))
                    .sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("filingsAsSent")
    void readingTheStoredBodyBackGivesTheFilingTheCarriersReaderGave(Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        FilingReadResult read = reader.read(body);
        assertThat(read).isInstanceOf(FilingReadResult.Valid.class);
        CarrierMessage message = ((FilingReadResult.Valid) read).message().withTransport("msg-1", "MSC");
        assertThat(message).isInstanceOf(CarrierMessage.Submission.class);
        Filing asRead = ((CarrierMessage.Submission) message).filing();

        Filing storedAndReadBack = documents.read(new String(body, StandardCharsets.UTF_8), "msg-1", "MSC");

        assertThat(storedAndReadBack).isEqualTo(asRead);
    }
}
