package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.portcullis.model.value.Mrn;

/**
 * A carrier that files in UN/EDIFACT and asked for EDIFACT answers: its CUSCAR opens a case like a JSON filing, and
 * its notices come back as CUSRES interchanges with the notice type, the references and the errors.
 */
class EdifactFilingIT extends PortcullisIntegrationTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @Test
    void cargoReportInEdifactIsAcceptedAndAnsweredWithCusres() throws Exception {
        String lrn = MessageSequence.uniqueLrn("edi");
        String body = TestDates.edifact(Files.readString(EXAMPLES.resolve("cuscar-cargo-report.edi")))
                .replace("MSC-NLRTM-2026-0101", lrn);
        try (CarrierClient carrier = carrier("EDI")) {
            carrier.send(body, MessageSequence.properties(lrn + "-m1", "EDI", "application/edifact"));

            Message accepted = carrier.awaitNoticeMessage("ACCEPTED", lrn + "-m1");

            assertThat(accepted.getStringProperty("contentType")).isEqualTo("application/edifact");
            String cusres = ((TextMessage) accepted).getText();
            String mrn = accepted.getStringProperty("MRN");
            assertThat(Mrn.isValid(mrn)).isTrue();
            assertThat(cusres).startsWith("UNB+UNOC:3+PORTCULLIS+EDI+").contains("UNH+1+CUSRES:D:05B:UN'")
                    .contains("BGM+:::ACCEPTED+").contains("RFF+ABO:" + lrn + "'").contains("RFF+ABT:" + mrn + "'")
                    .contains("RFF+ACW:" + lrn + "-m1'");
            assertThat(jdbc.sql("select consignment_count from clearance_case where mrn = ?").param(mrn)
                    .query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void edifactErrorsComeBackInCusresWithSegmentAndElement() throws Exception {
        String lrn = MessageSequence.uniqueLrn("edibad");
        String body = TestDates.edifact(Files.readString(EXAMPLES.resolve("paxlst-crew-list.edi")))
                .replace("MSC-NLRTM-2026-0102", lrn).replace("DOC+P+P7788990'", "DOC+P'");
        try (CarrierClient carrier = carrier("EDI")) {
            carrier.send(body, MessageSequence.properties(lrn + "-m1", "EDI", "application/edifact"));

            String cusres = ((TextMessage) carrier.awaitNoticeMessage("REJECTED", lrn + "-m1")).getText();

            assertThat(cusres).contains("BGM+:::REJECTED+").contains("ERP+:2:1+DOC:21'")
                    .contains("ERC+P022:PORTCULLIS:ZZZ'")
                    .contains(":EDIFACT_ELEMENT_MISSING:segment 21 DOC, element 2, component 1")
                    .contains("RFF+ABO:" + lrn + "'");
        }
    }

    @Test
    void carrierWithoutEdifactNoticesGetsJsonForItsEdifactFiling() throws Exception {
        String lrn = MessageSequence.uniqueLrn("edijson");
        String body = TestDates.edifact(Files.readString(EXAMPLES.resolve("cuscar-cargo-report.edi")))
                .replace("MSC-NLRTM-2026-0101", lrn);
        try (CarrierClient carrier = carrier("ACME")) {
            carrier.send(body, MessageSequence.properties(lrn + "-m1", "ACME", "application/edifact"));

            var accepted = carrier.awaitNotice("ACCEPTED", lrn + "-m1");

            assertThat(accepted.body().path("lrn").asText()).isEqualTo(lrn);
            assertThat(accepted.properties()).containsEntry("contentType", "application/json");
        }
    }
}
