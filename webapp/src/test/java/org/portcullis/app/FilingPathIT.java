package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.Message;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.portcullis.model.value.Mrn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Filings travel the whole path through a real JMS connection to the embedded broker: intake, storage, the
 * clearance process, the rules, and the notices on the carrier's queue.
 */
class FilingPathIT extends PortcullisIntegrationTest {

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Test
    void greenFilingIsAcceptedAssessedAndClearedWithoutAnOfficer() throws Exception {
        try (CarrierClient carrier = carrier("ACME")) {
            String messageId = unique("green");
            carrier.send(CarrierClient.sample("filing-green.json", messageId), messageId);

            var accepted = carrier.awaitNotice("ACCEPTED", messageId);
            String mrn = accepted.mrn();
            assertThat(Mrn.isValid(mrn)).isTrue();
            assertThat(accepted.properties()).containsEntry("MRN", mrn).containsEntry("LRN", messageId)
                    .containsEntry("correlationId", messageId);
            assertThat(accepted.body().path("lrn").asText()).isEqualTo(messageId);

            var complete = carrier.awaitNotice("ASSESSMENT_COMPLETE", messageId);
            assertThat(complete.mrn()).isEqualTo(mrn);
            assertThat(complete.body().path("lane").asText()).isEqualTo("GREEN");
            assertThat(complete.body().path("findings")).isEmpty();

            await().atMost(Duration.ofSeconds(10)).until(() -> "ASSESSED".equals(caseStatus(mrn)));
            String instanceId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(mrn)
                    .singleResult().getId();
            await().atMost(Duration.ofSeconds(10)).until(() -> history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instanceId).activityId("Event_VesselArrived").unfinished().count() == 1);
            assertThat(jdbc.sql("select count(*) from filing_version where mrn = ?").param(mrn)
                    .query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void invalidFilingIsRejectedWithEveryErrorAndNoCaseIsOpened() throws Exception {
        try (CarrierClient carrier = carrier("ACME")) {
            String messageId = unique("invalid");
            carrier.send(CarrierClient.sample("filing-invalid.json", messageId), messageId);

            var rejected = carrier.awaitNotice("REJECTED", messageId);

            assertThat(rejected.body().path("lrn").asText()).isEqualTo(messageId);
            assertThat(rejected.body().has("mrn")).isFalse();
            List<String> codesAndPointers = rejected.body().path("errors").findValuesAsText("code").stream()
                    .toList();
            assertThat(codesAndPointers).containsExactlyInAnyOrder("SCHEMA_REQUIRED", "IMO_NUMBER_CHECK_DIGIT",
                    "HS_CODE_INVALID", "CONTAINER_NUMBER_CHECK_DIGIT");
            JsonNode imoError = errorWithCode(rejected.body(), "IMO_NUMBER_CHECK_DIGIT");
            assertThat(imoError.path("pointer").asText()).isEqualTo("/vessel/imoNumber");
            assertThat(imoError.path("hint").asText()).isNotBlank();
            assertThat(imoError.path("message").asText()).contains("9839285");
            assertThat(jdbc.sql("select count(*) from clearance_case where lrn = ?").param(messageId)
                    .query(Integer.class).single()).isZero();
            assertThat(disposition("ACME", messageId)).isEqualTo("REJECTED");
        }
    }

    @Test
    void bodyThatIsNotJsonIsRejectedAndKeptAsItArrived() throws Exception {
        try (CarrierClient carrier = carrier("ACME")) {
            String messageId = unique("garbage");
            carrier.send("UNB+UNOA:2+SENDER+RECEIVER'", messageId);

            var rejected = carrier.awaitNotice("REJECTED", messageId);

            JsonNode error = errorWithCode(rejected.body(), "MALFORMED_MESSAGE");
            assertThat(error.path("pointer").asText()).isEmpty();
            assertThat(error.path("hint").asText()).isNotBlank();
            byte[] kept = jdbc.sql("select d.content from inbound_message m join stored_document d "
                    + "on d.sha256 = m.body_sha256 where m.carrier_id = ? and m.message_id = ?")
                    .params("ACME", messageId).query(byte[].class).single();
            assertThat(new String(kept)).isEqualTo("UNB+UNOA:2+SENDER+RECEIVER'");
        }
    }

    @Test
    void riskyFilingWaitsForAClerkWithItsFindings() throws Exception {
        try (CarrierClient carrier = carrier("ACME")) {
            String messageId = unique("arms");
            carrier.send(CarrierClient.sample("filing-arms.json", messageId), messageId);
            String mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();

            Task task = await().atMost(Duration.ofSeconds(15)).until(() -> tasks.createTaskQuery()
                    .processInstanceBusinessKey(mrn).singleResult(), found -> found != null);

            assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ReviewReferral");
            assertThat(task.getDueDate().toInstant()).as("due six hours before the ETA")
                    .isEqualTo(TestDates.ETA.minus(Duration.ofHours(6)));
            assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("clerks").count()).isEqualTo(1);
            assertThat(caseStatus(mrn)).isEqualTo("REFERRED");
            assertThat(jdbc.sql("""
                    select f.rule_id from assessment_finding f join assessment a on a.id = f.assessment_id
                    where a.mrn = ?""").param(mrn).query(String.class).list()).contains("TGT-001")
                    .doesNotContain("VAL-001", "TGT-002");
            assertThat(jdbc.sql("select notice_type from notice where mrn = ? and " + CUSTOMS_NOTICE).param(mrn)
                    .query(String.class).list()).containsExactly("ACCEPTED");
        }
    }

    @Test
    void sameMessageIdTwiceGetsTheOriginalAnswerAndNoSecondCase() throws Exception {
        try (CarrierClient carrier = carrier("ACME")) {
            String messageId = unique("twice");
            String body = CarrierClient.sample("filing-green.json", messageId);
            carrier.send(body, messageId);
            var first = carrier.awaitNotice("ACCEPTED", messageId);

            carrier.send(body, messageId);
            var repeated = carrier.awaitNotice("ACCEPTED", messageId);

            assertThat(repeated.mrn()).isEqualTo(first.mrn());
            assertThat(repeated.body().path("repeatsNoticeId").asText())
                    .isEqualTo(first.body().path("noticeId").asText());
            assertThat(repeated.body().path("noticeId").asText()).isNotEqualTo(first.body().path("noticeId").asText());
            assertThat(jdbc.sql("select count(*) from clearance_case where carrier_id = 'ACME' and lrn = ?")
                    .param(messageId).query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from inbound_message where carrier_id = 'ACME' and message_id = ?")
                    .param(messageId).query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void sameLrnFiledTwiceAsOriginalIsRejectedWithPointerToTheLrn() throws Exception {
        try (CarrierClient carrier = carrier("ACME")) {
            String lrn = unique("lrn");
            carrier.send(CarrierClient.sample("filing-green.json", lrn), lrn + "-a");
            carrier.awaitNotice("ACCEPTED", lrn + "-a");

            carrier.send(CarrierClient.sample("filing-green.json", lrn), lrn + "-b");
            var rejected = carrier.awaitNotice("REJECTED", lrn + "-b");

            JsonNode error = errorWithCode(rejected.body(), "LRN_ALREADY_FILED");
            assertThat(error.path("pointer").asText()).isEqualTo("/header/lrn");
        }
    }

    @Test
    void messageWithoutCarrierIdGoesToTheDeadLetterQueueWithItsReason() throws Exception {
        try (CarrierClient carrier = carrier("ACME")) {
            String messageId = unique("anonymous");
            carrier.send(CarrierClient.sample("filing-green.json", messageId), Map.of("messageId", messageId));

            Message dead = receiveAsOperator("portcullis.filings.DLQ", "messageId = '" + messageId + "'");

            assertThat(dead).isNotNull();
            assertThat(dead.getStringProperty("deadLetterReason")).contains("carrierId");
        }
    }

    @Test
    void sampleFilingsOfTheDemoProfileFlowOnStart() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc.sql("select lrn from clearance_case where carrier_id = 'MSC'").query(String.class).list())
                    .containsExactlyInAnyOrder("MSC-NLRTM-2026-0001", "MSC-NLRTM-2026-0002", "MSC-NLRTM-2026-0003",
                            "MSC-NLRTM-2026-0004");
            assertThat(disposition("MSC", "demo-filing-invalid")).isEqualTo("REJECTED");
        });
        // The samples' fixed dates were moved by whole days: their ETA lies five days (and less than six) after
        // the demo sent them, whatever the day the demo starts on.
        List<Duration> etaAfterRegistration = jdbc.sql("select registered_at, eta from clearance_case "
                + "where carrier_id = 'MSC'").query((row, n) -> Duration.between(
                        row.getObject("registered_at", OffsetDateTime.class),
                        row.getObject("eta", OffsetDateTime.class))).list();
        assertThat(etaAfterRegistration).hasSize(4).allSatisfy(lead -> assertThat(lead)
                .isBetween(Duration.ofDays(5).minusMinutes(1), Duration.ofDays(6)));
    }

    @Test
    void publishedJsonSchemaIsServedWithoutSignIn() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/schema/filing-v1.schema.json")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"$id\": \"urn:portcullis:schema:filing:v1\"");
    }

    private String disposition(String carrierId, String messageId) {
        return jdbc.sql("select disposition from inbound_message where carrier_id = ? and message_id = ?")
                .params(carrierId, messageId).query(String.class).single();
    }

    private static JsonNode errorWithCode(JsonNode notice, String code) {
        for (JsonNode error : notice.path("errors")) {
            if (code.equals(error.path("code").asText())) {
                return error;
            }
        }
        throw new AssertionError("no error " + code + " in " + notice);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
