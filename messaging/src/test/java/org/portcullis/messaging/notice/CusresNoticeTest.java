package org.portcullis.messaging.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.notice.Notice;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;

class CusresNoticeTest {

    private final NoticeJson noticeJson = new NoticeJson(FilingJson.objectMapper());
    private final CusresNotice cusres = new CusresNotice(FilingJson.objectMapper());

    @Test
    void writesARejectionWithErrorPointsAndReferences() {
        Notice rejected = new Notice("0f8fad5b-d9cb-469f-a165-70867728950e", NoticeType.REJECTED, "EDI", "LRN-7", null,
                "msg-7", Instant.parse("2026-11-29T06:00:00Z"), null, null, List.of(), List.of(
                        ValidationError.of(ErrorCode.EDIFACT_ELEMENT_MISSING, "segment 14 DOC, element 2", "missing"),
                        ValidationError.of(ErrorCode.LRN_ALREADY_FILED, "segment 2 BGM, element 2", "filed")));

        String edifact = cusres.render(noticeJson.write(rejected));

        assertThat(edifact).contains("UNB+UNOC:3+PORTCULLIS+EDI+261129:0600+0F8FAD5BD9CB46'")
                .contains("UNH+1+CUSRES:D:95B:UN'")
                .contains("BGM+:::REJECTED+0f8fad5b-d9cb-469f-a165-70867728950e+9'")
                .contains("ERP+::2+DOC:14'").contains("ERC+EDIFACT_ELEMENT_MISSING'")
                .contains("ERP+::2+BGM:2'").contains("ERC+LRN_ALREADY_FILED'")
                .contains("RFF+ABO:LRN-7'").contains("RFF+ACW:msg-7'")
                .contains("UNT+10+1'").contains("UNZ+1+0F8FAD5BD9CB46'");
    }

    @Test
    void writesADecisionWithLaneReasonAndMrn() {
        Mrn mrn = Mrn.issue(2026, org.portcullis.model.value.CountryCode.of("NL"), 7);
        Notice released = new Notice("1f8fad5b-d9cb-469f-a165-70867728950e", NoticeType.RELEASED, "EDI", "LRN-8", mrn,
                "msg-8", Instant.parse("2026-11-29T06:00:00Z"), Lane.GREEN, "Goods as described: release", List.of(),
                List.of());

        String edifact = cusres.render(noticeJson.write(released));

        assertThat(edifact).contains("BGM+:::RELEASED+").contains("FTX+ACB+++Goods as described?: release'")
                .contains("FTX+AAO+++LANE GREEN'").contains("RFF+ABT:" + mrn.value() + "'");
    }
}
