package org.portcullis.messaging.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.notice.Notice;
import org.portcullis.model.notice.NoticeType;

/** What a carrier reads of a finding in a notice. */
class NoticeJsonTest {

    @Test
    void aFindingForAnotherAgencyShowsTheCarrierNeitherTheAgencyNorTheVisibilityFlag() {
        Finding finding = new Finding("PER-003", "Person without a travel document: request information",
                new Target(TargetKind.PERSON, "Reyes, Jose (crew)"), Outcome.REQUEST_INFORMATION,
                "Jose Reyes is declared without a travel document number", true, "border-police");
        Notice notice = new Notice("n-1", NoticeType.INFORMATION_REQUESTED, "MSC", "LRN-1", null, "m-1",
                Instant.parse("2026-12-01T10:00:00Z"), Lane.YELLOW, "Send the travel document", List.of(finding),
                List.of());

        String body = new NoticeJson(FilingJson.objectMapper()).write(notice);

        assertThat(body).contains("\"ruleId\":\"PER-003\"", "Reyes, Jose (crew)")
                .doesNotContain("agency", "border-police", "carrierVisible");
    }
}
