package org.portcullis.messaging.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.error.Warning;
import org.portcullis.model.error.WarningCode;
import org.portcullis.model.notice.Notice;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;

/** CUSRES answers: their content, and that StAEDI reads them back against directory D.05B without an error. */
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
                .contains("UNH+1+CUSRES:D:05B:UN'")
                .contains("BGM+:::REJECTED+0f8fad5bd9cb469fa16570867728950e+9'")
                .contains("RFF+ABO:LRN-7'").contains("RFF+ACW:msg-7'")
                .contains("ERP+:2:0+DOC:14'").contains("ERC+P022:PORTCULLIS:ZZZ'")
                .contains("FTX+AAO+++missing:" + ErrorCode.EDIFACT_ELEMENT_MISSING.hint().replace(":", "?:")
                        + ":EDIFACT_ELEMENT_MISSING:segment 14 DOC, element 2'")
                .contains("ERP+:2:0+BGM:2'").contains("ERC+P035:PORTCULLIS:ZZZ'")
                .contains("UNT+12+1'").contains("UNZ+1+0F8FAD5BD9CB46'");
        assertThat(CusresReadBack.errors(edifact)).isEmpty();
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
        assertThat(CusresReadBack.errors(edifact)).isEmpty();
    }

    @Test
    void writesTheWarningsOfAnAcceptanceAsErrorGroupsWithWarningNumbers() {
        Mrn mrn = Mrn.issue(2026, org.portcullis.model.value.CountryCode.of("NL"), 8);
        Notice accepted = new Notice("4f8fad5b-d9cb-469f-a165-70867728950e", NoticeType.ACCEPTED, "EDI", "LRN-10", mrn,
                "msg-10", Instant.parse("2026-12-05T06:00:00Z"), null, null, List.of(), List.of(), null,
                List.of(Warning.of(WarningCode.ETA_IN_PAST, "segment 7 DTM, element 1, component 2",
                        "ETA 2026-12-04T14:00:00Z was already past")));

        String edifact = cusres.render(noticeJson.write(accepted));

        assertThat(edifact).contains("BGM+:::ACCEPTED+").contains("ERP+:1:2+DTM:7'").contains("ERC+W001:PORTCULLIS:ZZZ'")
                .contains("FTX+AAO+++ETA 2026-12-04T14?:00?:00Z was already past:"
                        + WarningCode.ETA_IN_PAST.hint().replace("'", "?'")
                        + ":ETA_IN_PAST:segment 7 DTM, element 1, component 2'");
        assertThat(CusresReadBack.errors(edifact)).isEmpty();
    }

    @Test
    void keepsEveryValueWithinTheDirectorysLengths() {
        String long700 = "x".repeat(700);
        Notice rejected = new Notice("2f8fad5b-d9cb-469f-a165-70867728950e", NoticeType.REJECTED,
                "A-CARRIER-WITH-A-VERY-LONG-IDENTIFIER-0123456789", "L".repeat(80), null, "m".repeat(90),
                Instant.parse("2026-11-29T06:00:00Z"), null, long700, List.of(), List.of(
                        ValidationError.of(ErrorCode.SCHEMA_PATTERN, "/consignments/0/goodsItems/12/hsCode/and/more",
                                long700),
                        ValidationError.of(ErrorCode.MALFORMED_MESSAGE, "", "not JSON")));

        String edifact = cusres.render(noticeJson.write(rejected));

        assertThat(CusresReadBack.errors(edifact)).isEmpty();
        assertThat(edifact).contains("ERP+:/consignments/0/goodsItems/12/hsCod'").contains("ERP+:0'");
    }

    @Test
    void everyErrorAndWarningCodeHasItsOwnShortNumber() {
        List<String> numbers = java.util.stream.Stream.concat(java.util.Arrays.stream(ErrorCode.values()),
                java.util.Arrays.stream(WarningCode.values())).map(c -> CusresErrors.number(c.name())).toList();

        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.length() <= 8);
    }

    @Test
    void theReadBackFindsWhatTheDirectoryDoesNotAllow() {
        String edifact = cusres.render(noticeJson.write(new Notice("3f8fad5b-d9cb-469f-a165-70867728950e",
                NoticeType.REJECTED, "EDI", "LRN-9", null, "msg-9", Instant.parse("2026-11-29T06:00:00Z"), null, null,
                List.of(), List.of(ValidationError.of(ErrorCode.FILING_EMPTY, "", "empty")))));

        assertThat(CusresReadBack.errors(edifact.replace("ERC+P017", "ERC+EDIFACT_FILING_EMPTY"))).isNotEmpty();
        assertThat(CusresReadBack.errors(edifact.replace("RFF+ABO", "TAX+ABO"))).isNotEmpty();
    }
}
