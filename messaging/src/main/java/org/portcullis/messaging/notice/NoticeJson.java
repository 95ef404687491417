package org.portcullis.messaging.notice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.error.Warning;
import org.portcullis.model.notice.Notice;

/** The JSON body of a notice, as carriers receive it on their notice queue and from the HTTP outbox. */
public class NoticeJson {

    private final ObjectMapper json;

    public NoticeJson(ObjectMapper json) {
        this.json = json.copy().addMixIn(Finding.class, CarrierView.class).addMixIn(Notice.class, WarningsWhenAny.class)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public String write(Notice notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body of an earlier notice, given again under a new notice id and time, marked as a repetition: the
     * answer to a message the carrier sent twice.
     */
    public String repeat(String body, String noticeId, Instant issuedAt) {
        try {
            ObjectNode repeated = (ObjectNode) json.readTree(body);
            repeated.put("repeatsNoticeId", repeated.path("noticeId").asText());
            repeated.put("noticeId", noticeId);
            repeated.put("issuedAt", issuedAt.toString());
            return json.writeValueAsString(repeated);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public NoticeMessage toMessage(Notice notice) {
        return new NoticeMessage(notice.noticeId(), notice.carrierId(), notice.type().name(), notice.lrn(),
                notice.mrn() == null ? null : notice.mrn().value(), notice.correlationId(), write(notice),
                "application/json");
    }

    /**
     * Carriers see a finding's rule, target, outcome and reason; the visibility flag and the agency the finding is
     * for are the authorities' own.
     */
    @JsonIgnoreProperties({"carrierVisible", "agency"})
    private interface CarrierView {
    }

    /** Warnings are written only when there are some: most notices have none. */
    private interface WarningsWhenAny {

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<Warning> warnings();
    }
}
