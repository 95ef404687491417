package org.portcullis.messaging.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.messaging.schema.SchemaCheck;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.model.agency.Formality;
import org.portcullis.model.agency.FreePratique;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.error.Warning;
import org.portcullis.model.error.WarningCode;
import org.portcullis.model.notice.Notice;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;

/** The notices carriers receive follow the published schema/notice-v1.schema.json. */
class NoticeSchemaTest {

    private static final ObjectMapper JSON = FilingJson.objectMapper();
    private static final SchemaCheck SCHEMA = new SchemaCheck("schema/notice-v1.schema.json");
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private final NoticeJson writer = new NoticeJson(JSON);

    @Test
    void decisionNoticeWithItsLaneMessageAndFindingsFollowsTheSchema() throws Exception {
        Finding finding = new Finding("TGT-001", "Arms and ammunition: inspect",
                new Target(TargetKind.CONSIGNMENT, "MEDUAE778812"), Outcome.INSPECT, "HS chapter 93", true, null);
        Notice notice = new Notice("n-1", NoticeType.CONTROL_NOTIFIED, "MSC", "LRN-1", Mrn.of("26NL00000000000010"),
                "m-1", AT, Lane.RED, "Physical inspection at Scanner on 2026-12-04 16:30 UTC", List.of(finding),
                List.of());

        JsonNode body = JSON.readTree(writer.write(notice));

        assertThat(SCHEMA.validate(body)).isEmpty();
        assertThat(body.path("mrn").asText()).isEqualTo("26NL00000000000010");
    }

    @Test
    void officersReleaseWithoutAMessageHasNoReasonAndFollowsTheSchema() throws Exception {
        Notice notice = new Notice("n-2", NoticeType.ASSESSMENT_COMPLETE, "MSC", "LRN-1", Mrn.of("26NL00000000000010"),
                "m-1", AT, Lane.GREEN, null, List.of(), List.of());

        JsonNode body = JSON.readTree(writer.write(notice));

        assertThat(SCHEMA.validate(body)).isEmpty();
        assertThat(body.has("reason")).isFalse();
    }

    @Test
    void rejectionWithItsErrorsAndARepeatFollowTheSchema() throws Exception {
        Notice notice = new Notice("n-3", NoticeType.REJECTED, "MSC", "LRN-9", null, "m-9", AT, null, null, List.of(),
                List.of(ValidationError.of(ErrorCode.values()[0], "/vessel/imoNumber", "wrong")));

        String written = writer.write(notice);

        assertThat(SCHEMA.validate(JSON.readTree(written))).isEmpty();
        assertThat(SCHEMA.validate(JSON.readTree(writer.repeat(written, "n-4", AT)))).isEmpty();
    }

    @Test
    void acceptanceWithAWarningFollowsTheSchemaAndNoticesWithoutWarningsOmitThem() throws Exception {
        Notice accepted = new Notice("n-6", NoticeType.ACCEPTED, "MSC", "LRN-1", Mrn.of("26NL00000000000010"), "m-1",
                AT, null, null, List.of(), List.of(), null, List.of(Warning.of(WarningCode.ETA_IN_PAST,
                        "/portCall/eta", "ETA 2026-11-30T14:00:00Z was already past")));
        Notice plain = new Notice("n-7", NoticeType.ACCEPTED, "MSC", "LRN-2", Mrn.of("26NL00000000000010"), "m-2", AT,
                null, null, List.of(), List.of());

        JsonNode body = JSON.readTree(writer.write(accepted));

        assertThat(SCHEMA.validate(body)).isEmpty();
        assertThat(body.path("warnings").get(0).path("code").asText()).isEqualTo("ETA_IN_PAST");
        assertThat(body.path("warnings").get(0).path("pointer").asText()).isEqualTo("/portCall/eta");
        assertThat(body.path("warnings").get(0).path("hint").asText()).isEqualTo(WarningCode.ETA_IN_PAST.hint());
        assertThat(JSON.readTree(writer.write(plain)).has("warnings")).isFalse();
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).putArray("warnings").addObject().put("code", "X");
        assertThat(SCHEMA.validate(body)).as("a warning without pointer, message and hint").isNotEmpty();
    }

    @Test
    void anAgencysFormalityResponseFollowsTheSchema() throws Exception {
        Notice notice = new Notice("n-5", NoticeType.FORMALITY_RESPONSE, "MSC", "LRN-1", Mrn.of("26NL00000000000010"),
                "m-1", AT, Lane.GREEN, "The injured crew member sees the port doctor on berthing", List.of(),
                List.of(), new Formality("health", ClearanceState.CLEARED, FreePratique.GRANTED_WITH_CONDITIONS,
                        ClearanceState.PENDING));

        JsonNode body = JSON.readTree(writer.write(notice));

        assertThat(SCHEMA.validate(body)).isEmpty();
        assertThat(body.path("formality").path("freePratique").asText()).isEqualTo("GRANTED_WITH_CONDITIONS");
    }
}
