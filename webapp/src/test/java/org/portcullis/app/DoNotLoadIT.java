package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.Message;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The do-not-load path in the running system: explosives filed without a UN number get DO_NOT_LOAD (rule TGT-008)
 * and the case waits; the carrier's amendment declaring the dangerous goods is re-assessed and cleared.
 */
class DoNotLoadIT extends PortcullisIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void undeclaredExplosivesMustNotBeLoadedUntilTheCarrierAmendsTheFiling() throws Exception {
        String lrn = MessageSequence.uniqueLrn("dnl");
        ObjectNode filing = (ObjectNode) JSON.readTree(CarrierClient.sample("filing-green.json", lrn));
        ObjectNode item = (ObjectNode) filing.at("/consignments/0/goodsItems/0");
        item.put("description", "Fireworks, consumer display shells").put("hsCode", "360410");
        try (CarrierClient carrier = carrier("ACME")) {
            carrier.send(JSON.writeValueAsString(filing), lrn + "-1");
            String mrn = carrier.awaitNotice("ACCEPTED", lrn + "-1").mrn();

            Message doNotLoad = carrier.receive("portcullis.notices.ACME",
                    "noticeType = 'DO_NOT_LOAD' AND LRN = '" + lrn + "'");

            assertThat(doNotLoad).as("DO_NOT_LOAD for %s", lrn).isNotNull();
            assertThat(CarrierClient.Notice.of(doNotLoad).body().path("findings").findValuesAsText("ruleId"))
                    .contains("TGT-008");
            await().atMost(Duration.ofSeconds(15)).until(() -> "DO_NOT_LOAD".equals(caseStatus(mrn)));

            item.putObject("dangerousGoods").put("unNumber", "0336").put("hazardClass", "1.4");
            ObjectNode header = (ObjectNode) filing.get("header");
            Instant originalSentAt = Instant.parse(header.get("sentAt").asText());
            header.put("function", "AMENDMENT").put("sentAt", originalSentAt.plus(Duration.ofHours(2)).toString());
            carrier.send(JSON.writeValueAsString(filing), lrn + "-2");
            carrier.awaitNotice("AMENDMENT_ACCEPTED", lrn + "-2");

            Message complete = carrier.receive("portcullis.notices.ACME",
                    "noticeType = 'ASSESSMENT_COMPLETE' AND LRN = '" + lrn + "'");
            assertThat(complete).as("ASSESSMENT_COMPLETE after the amendment").isNotNull();
            await().atMost(Duration.ofSeconds(15)).until(() -> "ASSESSED".equals(caseStatus(mrn)));
        }
    }
}
