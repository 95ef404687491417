package org.portcullis.messaging.pcs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.messaging.schema.SchemaCheck;
import org.portcullis.model.agency.FreePratique;
import org.portcullis.model.pcs.ContainerStatus;

class PcsNoticeJsonTest {

    private static final ObjectMapper JSON = FilingJson.objectMapper();
    private static final SchemaCheck NOTICE_SCHEMA = new SchemaCheck(PcsAddresses.NOTICE_SCHEMA);

    private final PcsNoticeJson writer = new PcsNoticeJson(JSON);

    @Test
    void releaseNoticeFollowsThePublishedSchemaAndLeavesOutWhatItHasNot() throws Exception {
        JsonNode written = JSON.readTree(writer.write(notice(ContainerStatus.RELEASED, null)));

        assertThat(NOTICE_SCHEMA.validate(written)).isEmpty();
        assertThat(written.path("status").asText()).isEqualTo("RELEASED");
        assertThat(written.path("containerNumber").asText()).isEqualTo("MSCU1234566");
        assertThat(written.path("vessel").path("imoNumber").asText()).isEqualTo("9839284");
        assertThat(written.path("transportDocumentNumbers")).hasSize(1);
        assertThat(written.path("issuedAt").asText()).isEqualTo("2026-12-04T14:25:00Z");
        assertThat(written.has("inspection")).isFalse();
    }

    @Test
    void inspectionNoticeSaysWhereAndWhen() throws Exception {
        JsonNode written = JSON.readTree(writer.write(notice(ContainerStatus.HELD_FOR_INSPECTION,
                new TerminalNotice.Inspection("Scanner ECT Delta", Instant.parse("2026-12-04T16:30:00Z")))));

        assertThat(NOTICE_SCHEMA.validate(written)).isEmpty();
        assertThat(written.path("inspection").path("place").asText()).isEqualTo("Scanner ECT Delta");
        assertThat(written.path("inspection").path("scheduledFor").asText()).isEqualTo("2026-12-04T16:30:00Z");
    }

    @Test
    void freePratiqueNoticeFollowsItsOwnSchemaAndCarriesNoContainer() throws Exception {
        JsonNode written = JSON.readTree(writer.write(new FreePratiqueNotice("7a1c6c2e-6f7d-4c8e-9a43-0c6f7b9f9d10",
                "26NL00000000000010", new TerminalNotice.Vessel("9839284", "MSC FLAMINGO"), "NLRTM", "FL648W",
                FreePratique.GRANTED_WITH_CONDITIONS, Instant.parse("2026-12-04T14:25:00Z"))));

        assertThat(new SchemaCheck(PcsAddresses.FREE_PRATIQUE_SCHEMA).validate(written)).isEmpty();
        assertThat(NOTICE_SCHEMA.validate(written)).isNotEmpty();
        assertThat(written.path("noticeType").asText()).isEqualTo("FREE_PRATIQUE");
        assertThat(written.path("freePratique").asText()).isEqualTo("GRANTED_WITH_CONDITIONS");
        assertThat(written.path("vessel").path("imoNumber").asText()).isEqualTo("9839284");
        assertThat(written.has("containerNumber")).isFalse();
    }

    private static TerminalNotice notice(ContainerStatus status, TerminalNotice.Inspection inspection) {
        return new TerminalNotice("2f1c6c2e-6f7d-4c8e-9a43-0c6f7b9f9d10", "MSCU1234566", status, "26NL00000000000010",
                new TerminalNotice.Vessel("9839284", "MSC FLAMINGO"), "NLRTM", "FL648W", List.of("MEDU8812345"),
                inspection, Instant.parse("2026-12-04T14:25:00Z"));
    }
}
