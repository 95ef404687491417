package org.portcullis.app.api;

import com.fasterxml.jackson.databind.util.RawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.portcullis.casework.notice.NoticeReceipts;
import org.portcullis.casework.notice.NoticeRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The carrier's outbox over HTTP: every notice Portcullis issued to the carrier stays listed, oldest first, until
 * the carrier acknowledges it, so nothing is lost while the carrier is offline. Acknowledging is idempotent.
 */
@RestController
@Tag(name = "Notices")
class NoticeApiController {

    private static final int MAX_LIMIT = 500;
    private static final int MAX_ACKNOWLEDGED = 5_000;

    private final NoticeRepository notices;
    private final NoticeReceipts receipts;
    private final Clock clock;

    NoticeApiController(NoticeRepository notices, NoticeReceipts receipts, Clock clock) {
        this.notices = notices;
        this.receipts = receipts;
        this.clock = clock;
    }

    /** The notices, each exactly as it is sent on the queue (see docs/notices.md). */
    record NoticeList(@ArraySchema(schema = @Schema(ref = FilingApiController.NOTICE_REF)) List<RawValue> notices) {

        static NoticeList of(List<String> bodies) {
            return new NoticeList(bodies.stream().map(RawValue::new).toList());
        }
    }

    record Acknowledgement(List<String> noticeIds) {
    }

    record Acknowledged(int acknowledged) {
    }

    @GetMapping(path = "/api/v1/notices", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Your notices not yet acknowledged, oldest first",
            description = "Poll, handle, then acknowledge; unacknowledged notices come again on the next poll.")
    NoticeList unacknowledged(@RequestParam(defaultValue = "100") int limit, Principal carrier) {
        int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
        return NoticeList.of(notices.unacknowledged(carrier.getName(), bounded).stream()
                .map(receipts::deliver).toList());
    }

    @PostMapping(path = "/api/v1/notices/acknowledgements", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Acknowledge notices by id; they are no longer listed",
            description = "Ids that are not yours or already acknowledged are ignored; the answer counts the others. "
                    + "At most " + MAX_ACKNOWLEDGED + " ids per request (400 beyond).")
    Acknowledged acknowledge(@RequestBody Acknowledgement acknowledgement, Principal carrier) {
        List<String> ids = acknowledgement.noticeIds() == null ? List.of() : acknowledgement.noticeIds();
        if (ids.size() > MAX_ACKNOWLEDGED) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "at most " + MAX_ACKNOWLEDGED
                    + " notice ids per acknowledgement, " + ids.size() + " given: acknowledge in several requests");
        }
        return new Acknowledged(notices.acknowledge(carrier.getName(), ids, clock.instant()));
    }
}
