package org.portcullis.messaging.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;

/**
 * Every error code has a message in the test corpus that produces it: a file {@code CODE.json} or {@code CODE.edi}
 * (read by {@link ReaderCorpusTest}), a sensor event {@code iot/CODE.json} (read by IotCorpusTest), a sequence
 * {@code sequences/CODE/} (sent end to end by the webapp's FilingSequencesIT), or, for the codes a channel gives
 * before any body is read, the test named here.
 */
class ErrorCodeCoverageTest {

    /** Codes that depend on the transport, not on a body, with the webapp integration test that produces each. */
    static final Map<ErrorCode, String> TRANSPORT_CODES = Map.of(
            ErrorCode.MISSING_MESSAGE_ID, "CarrierHttpApiIT.refusalsComeBackAsRejectedNoticesWithTheirCodes",
            ErrorCode.UNSUPPORTED_CONTENT_TYPE, "CarrierHttpApiIT.refusalsComeBackAsRejectedNoticesWithTheirCodes",
            ErrorCode.MESSAGE_TOO_LARGE, "BrokerBoundariesIT.messageLargerThanTheLimitIsRefused...",
            ErrorCode.CARRIER_ID_MISMATCH, "AmqpCarrierIT.carrierCannotSendAsAnotherCarrier",
            ErrorCode.IOT_TOPIC_NOT_ALLOWED, "IotEventReaderTest.eventOnAnotherOperatorsTopicIsRefused",
            ErrorCode.IOT_EVENT_TOO_LARGE, "IotEventReaderTest.eventLargerThan64KiBIsRefusedUnread");

    @Test
    void everyErrorCodeHasAMessageInTheCorpusThatProducesIt() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (String syntax : new String[] {"json", "edifact", "sequences", "iot"}) {
            try (Stream<Path> entries = Files.list(ReaderCorpusTest.CORPUS.resolve(syntax))) {
                entries.map(entry -> entry.getFileName().toString())
                        .filter(name -> !name.startsWith("valid-"))
                        .map(name -> name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name)
                        .map(name -> name.contains("--") ? name.substring(0, name.indexOf("--")) : name)
                        .forEach(covered::add);
            }
        }
        TRANSPORT_CODES.keySet().forEach(code -> covered.add(code.name()));

        Set<String> all = new TreeSet<>(Arrays.stream(ErrorCode.values()).map(Enum::name).toList());
        assertThat(covered).containsAll(all);
        assertThat(all).as("corpus files named after codes that do not exist").containsAll(covered);
    }
}
