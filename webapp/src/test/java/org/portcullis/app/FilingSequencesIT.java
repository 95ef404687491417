package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.model.error.ErrorCode;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Amendments, cancellations, duplicates and messages out of order, end to end over the queue: each sequence of the
 * corpus is sent as a carrier would, every answer awaited on the carrier's notice queue, and the case state checked.
 */
class FilingSequencesIT extends PortcullisIntegrationTest {

    static List<String> sequencesEndingInAnError() {
        return MessageSequence.names().stream().filter(name -> !name.startsWith("valid-")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sequencesEndingInAnError")
    void sequenceEndsRejectedWithTheCodeItIsNamedAfterAndChangesNothing(String name) throws Exception {
        List<CarrierClient.Notice> answers = run(MessageSequence.load(name), "ACME");

        CarrierClient.Notice last = answers.get(answers.size() - 1);
        assertThat(last.properties()).containsEntry("noticeType", "REJECTED");
        String code = name.contains("--") ? name.substring(0, name.indexOf("--")) : name;
        assertThat(last.body().path("errors").findValuesAsText("code")).containsExactly(ErrorCode.valueOf(code).name());
        assertThat(last.body().path("errors").get(0).path("hint").asText()).isNotBlank();
        String mrn = answers.get(0).mrn();
        if (!mrn.isEmpty()) {
            long filingsBefore = answers.subList(0, answers.size() - 1).stream()
                    .filter(a -> !a.properties().get("noticeType").equals("CANCELLATION_ACCEPTED")).count();
            assertThat(versions(mrn)).as("a refused message adds no version").isEqualTo(filingsBefore);
        }
    }

    @Test
    void amendmentMakesANewVersionAndReassessesThenCancellationEndsTheCase() throws Exception {
        List<CarrierClient.Notice> answers = run(MessageSequence.load("valid-amend-then-cancel"), "ACME");

        String mrn = answers.get(0).mrn();
        assertThat(answers).extracting(a -> a.properties().get("noticeType"))
                .containsExactly("ACCEPTED", "AMENDMENT_ACCEPTED", "CANCELLATION_ACCEPTED");
        assertThat(answers).extracting(CarrierClient.Notice::mrn).containsOnly(mrn);
        assertThat(versions(mrn)).isEqualTo(2);
        assertThat(new String(jdbc.sql("""
                select d.content from filing_version v join stored_document d on d.sha256 = v.document_sha256
                where v.mrn = ? and v.version = 2""").param(mrn).query(byte[].class).single(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("(amended)");
        await().atMost(Duration.ofSeconds(15)).until(() -> "CANCELLED".equals(caseStatus(mrn)));
        // The cancellation follows the amendment at once, so it may end the case before the amended version is
        // assessed; that an amendment is re-assessed is shown by the crew-list join below and the process tests.
    }

    @Test
    void crewListQuotingTheCargoCaseJoinsItAndTheCaseClearsBoth() throws Exception {
        List<CarrierClient.Notice> answers = run(MessageSequence.load("valid-crew-joins-cargo-case"), "ACME");

        String mrn = answers.get(0).mrn();
        assertThat(answers.get(1).mrn()).isEqualTo(mrn);
        assertThat(versions(mrn)).isEqualTo(2);
        String current = new String(jdbc.sql("""
                select d.content from filing_version v join clearance_case c
                on c.mrn = v.mrn and c.current_version = v.version
                join stored_document d on d.sha256 = v.document_sha256 where c.mrn = ?""").param(mrn)
                .query(byte[].class).single(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(current).contains("\"consignments\"").contains("\"crew\"").contains("Jansen");
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from assessment where mrn = ? and filing_version = 2").param(mrn)
                .query(Integer.class).single() == 1);
    }

    @Test
    void crewListInEdifactQuotingAJsonCargoCaseJoinsIt() throws Exception {
        List<CarrierClient.Notice> answers = run(MessageSequence.load("valid-edifact-crew-joins-json-cargo-case"),
                "ACME");

        String mrn = answers.get(0).mrn();
        assertThat(answers.get(1).mrn()).isEqualTo(mrn);
        assertThat(jdbc.sql("select filing_syntax from clearance_case where mrn = ?").param(mrn).query(String.class)
                .single()).isEqualTo("EDIFACT");
        assertThat(jdbc.sql("select lrn from filed_lrn where mrn = ? order by filed_seq").param(mrn)
                .query(String.class).list()).hasSize(2).last().asString().endsWith("-CREW");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void answerNobodyAskedForIsRefusedWithoutAnEngineErrorInTheLog(CapturedOutput output) throws Exception {
        List<CarrierClient.Notice> answers = run(MessageSequence.load("INFORMATION_NOT_REQUESTED"), "ACME");

        assertThat(answers.get(answers.size() - 1).body().path("errors").findValuesAsText("code"))
                .containsExactly("INFORMATION_NOT_REQUESTED");
        // a refusal the carrier hears about is no failure of the application: logged as a refusal, with no engine
        // ERROR and no stack trace
        assertThat(output.getOut()).contains("first INFORMATION_NOT_REQUESTED")
                .doesNotContain("MismatchingMessageCorrelationException")
                .doesNotContain("ENGINE-16004");
    }

    private List<CarrierClient.Notice> run(MessageSequence sequence, String carrierId) throws Exception {
        String lrn = MessageSequence.uniqueLrn(sequence.name().length() > 20
                ? sequence.name().substring(0, 20) : sequence.name());
        String imo = uniqueImo();
        List<CarrierClient.Notice> answers = new ArrayList<>();
        String mrn = null;
        try (CarrierClient carrier = carrier(carrierId); PortCommunityClient pcs = portCommunity()) {
            for (MessageSequence.Step step : sequence.steps()) {
                if (step.isPortCommunityEvent()) {
                    String caseMrn = mrn;
                    pcs.send(step.body(lrn, mrn, imo), lrn + "-" + step.file());
                    await().atMost(Duration.ofSeconds(20)).until(() -> step.awaitedCaseStatus().equals(caseStatus(caseMrn)));
                    continue;
                }
                String messageId = lrn + "-" + step.file();
                carrier.send(step.body(lrn, mrn, imo),
                        MessageSequence.properties(messageId, carrierId, step.contentType()));
                CarrierClient.Notice answer = carrier.awaitNotice(step.awaitedNotice(), messageId);
                answers.add(answer);
                mrn = mrn == null && !answer.mrn().isEmpty() ? answer.mrn() : mrn;
            }
        }
        return answers;
    }

    private int versions(String mrn) {
        return jdbc.sql("select count(*) from filing_version where mrn = ?").param(mrn).query(Integer.class).single();
    }
}
