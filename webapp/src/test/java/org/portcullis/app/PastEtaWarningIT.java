package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.TextMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.sample.DateShift;
import org.portcullis.messaging.sample.SampleDates;

/**
 * A filing whose ETA was already past when it arrived is accepted, and its answer warns the carrier (ETA_IN_PAST,
 * pointing at the ETA): in JSON over HTTP, in EDIFACT with a JSON notice, and in EDIFACT with a CUSRES answer. A
 * filing arriving ahead of its ETA gets no warnings.
 */
class PastEtaWarningIT extends PortcullisIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CUSCAR = Path.of("..", "docs", "examples", "cuscar-cargo-report.edi");
    private static final Instant CUSCAR_ETA = Instant.parse("2026-12-04T14:00:00Z");
    private static final Instant PAST = Instant.now().minus(Duration.ofDays(2));

    @Test
    void jsonFilingWithAPastEtaIsAcceptedWithAWarningPointingAtTheEta() throws Exception {
        String lrn = MessageSequence.uniqueLrn("past-eta");
        HttpResponse<String> filed = post(sample("filing-green.json", lrn, uniqueImo(), PAST), lrn + "-m1");

        assertThat(filed.statusCode()).isEqualTo(201);
        JsonNode accepted = JSON.readTree(filed.body());
        assertThat(accepted.path("type").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("warnings")).hasSize(1);
        JsonNode warning = accepted.path("warnings").get(0);
        assertThat(warning.path("code").asText()).isEqualTo("ETA_IN_PAST");
        assertThat(warning.path("pointer").asText()).isEqualTo("/portCall/eta");
        assertThat(warning.path("message").asText()).contains("was already past");
        assertThat(warning.path("hint").asText()).contains("amendment");
    }

    @Test
    void jsonFilingAheadOfItsEtaHasNoWarnings() throws Exception {
        String lrn = MessageSequence.uniqueLrn("eta-ahead");
        HttpResponse<String> filed = post(sample("filing-green.json", lrn, uniqueImo(), TestDates.ETA), lrn + "-m1");

        assertThat(filed.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(filed.body()).has("warnings")).isFalse();
    }

    @Test
    void edifactCargoReportWithAPastArrivalIsAcceptedWithAWarningPointingAtTheArrivalDtm() throws Exception {
        String lrn = MessageSequence.uniqueLrn("past-edi");
        try (CarrierClient carrier = carrier("ACME")) {
            carrier.send(pastCargoReport(lrn), MessageSequence.properties(lrn + "-m1", "ACME", "application/edifact"));

            JsonNode accepted = carrier.awaitNotice("ACCEPTED", lrn + "-m1").body();

            assertThat(accepted.path("warnings")).singleElement().satisfies(warning -> {
                assertThat(warning.path("code").asText()).isEqualTo("ETA_IN_PAST");
                assertThat(warning.path("pointer").asText()).isEqualTo("segment 10 DTM, element 1, component 2");
            });
        }
    }

    @Test
    void edifactCarrierFindsTheWarningInItsCusres() throws Exception {
        String lrn = MessageSequence.uniqueLrn("past-cusres");
        try (CarrierClient carrier = carrier("EDI")) {
            carrier.send(pastCargoReport(lrn), MessageSequence.properties(lrn + "-m1", "EDI", "application/edifact"));

            String cusres = ((TextMessage) carrier.awaitNoticeMessage("ACCEPTED", lrn + "-m1")).getText();

            assertThat(cusres).contains("BGM+:::ACCEPTED+").contains("ERP+:1:2+DTM:10'")
                    .contains("ERC+W001:PORTCULLIS:ZZZ'").contains(":ETA_IN_PAST:segment 10 DTM, element 1, component 2'");
        }
    }

    private static String pastCargoReport(String lrn) throws Exception {
        return SampleDates.shiftEdifact(Files.readString(CUSCAR), DateShift.movingEta(CUSCAR_ETA, PAST))
                .replace("MSC-NLRTM-2026-0101", lrn);
    }

    private HttpResponse<String> post(String body, String messageId) throws Exception {
        String basic = Base64.getEncoder().encodeToString("POLL:poll-secret".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/filings"))
                .header("Content-Type", "application/json").header("Message-Id", messageId)
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
