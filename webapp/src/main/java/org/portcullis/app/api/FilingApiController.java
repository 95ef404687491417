package org.portcullis.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import org.portcullis.casework.messaging.MessagingProperties;
import org.portcullis.casework.notice.NoticeReceipts;
import org.portcullis.casework.notice.NoticeRepository;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.intake.Channel;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.IntakeReceipt;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Filing over HTTP, for carriers that run no queue client: the same intake as the queue, the signed-in carrier as
 * the carrierId, the {@code Message-Id} header as the messageId, the Content-Type as the contentType. The answer
 * is the notice the intake issued (ACCEPTED, AMENDMENT_ACCEPTED ... or REJECTED with every error); it is also in
 * the carrier's outbox. An acceptance carries its receipt from the log (docs/ledger.md).
 */
@RestController
@Tag(name = "Filings")
class FilingApiController {

    static final String FILING_REF = PublishedSchemaComponents.PREFIX + OpenApiConfiguration.FILING;
    static final String NOTICE_REF = PublishedSchemaComponents.PREFIX + OpenApiConfiguration.NOTICE;

    private final FilingIntake intake;
    private final FilingReaders readers;
    private final NoticeRepository notices;
    private final NoticeReceipts receipts;
    private final CarrierFilings filings;
    private final long maxMessageBytes;
    private final Clock clock;

    FilingApiController(FilingIntake intake, FilingReaders readers, NoticeRepository notices,
            NoticeReceipts receipts, CarrierFilings filings, MessagingProperties messaging, Clock clock) {
        this.intake = intake;
        this.readers = readers;
        this.notices = notices;
        this.receipts = receipts;
        this.filings = filings;
        this.maxMessageBytes = messaging.maxMessageSize().toBytes();
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/filings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File a message: an original, amendment, cancellation or answer to a request for information",
            description = "The same Message-Id again returns the first answer and changes nothing.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = FILING_REF)),
                @Content(mediaType = FilingReaders.EDIFACT, schema = @Schema(type = "string",
                        description = "A UN/EDIFACT interchange: PAXLST, CUSCAR (docs/filing-format.md)"))}))
    @ApiResponse(responseCode = "201", description = "ACCEPTED: a new case; Location names it",
            headers = @Header(name = "Location", description = "/api/v1/filings/{mrn}",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = NOTICE_REF)))
    @ApiResponse(responseCode = "200",
            description = "AMENDMENT_ACCEPTED, CANCELLATION_ACCEPTED or INFORMATION_ACCEPTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = NOTICE_REF)))
    @ApiResponse(responseCode = "422", description = "REJECTED, with every error (docs/error-codes.md)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = NOTICE_REF)))
    @ApiResponse(responseCode = "413", description = "REJECTED: MESSAGE_TOO_LARGE",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = NOTICE_REF)))
    ResponseEntity<String> file(
            @Parameter(required = true, description = "Unique per message; repeat it only to repeat a message "
                    + "(without it the message is REJECTED with MISSING_MESSAGE_ID)")
            @RequestHeader(name = "Message-Id", required = false) String messageId,
            @Parameter(hidden = true) @RequestHeader(name = "Content-Type", required = false) String contentType,
            HttpServletRequest request, Principal carrier) throws IOException {
        byte[] body = readAtMost(request.getInputStream(), maxMessageBytes);
        IntakeReceipt receipt;
        if (body == null) {
            InboundMessage refused = new InboundMessage(messageId, carrier.getName(), contentType, Channel.HTTP,
                    new byte[0], clock.instant());
            receipt = intake.refuse(refused, ValidationError.of(ErrorCode.MESSAGE_TOO_LARGE, "",
                    "the request body is larger than the " + maxMessageBytes + " bytes accepted"));
        } else {
            receipt = intake.receive(new InboundMessage(messageId, carrier.getName(), contentType, Channel.HTTP, body,
                    clock.instant()), readers.read(contentType, body));
        }
        String answer = receipts.deliver(notices.find(receipt.noticeId()).orElseThrow());
        return ResponseEntity.status(status(receipt, body == null))
                .location(receipt.type() == NoticeType.ACCEPTED ? URI.create("/api/v1/filings/" + receipt.mrn()) : null)
                .contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    @GetMapping(path = "/api/v1/filings/{mrn}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The case of one of your filings: status, LRNs, lane, the current filing and its notices",
            description = "404 when the MRN is not one of your cases (whether or not it exists).")
    ResponseEntity<CarrierFilings.FilingView> filing(@PathVariable String mrn, Principal carrier) {
        if (!Mrn.isValid(mrn)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.of(filings.find(Mrn.of(mrn), carrier.getName()));
    }

    private static HttpStatus status(IntakeReceipt receipt, boolean tooLarge) {
        if (tooLarge) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        return switch (receipt.type()) {
            case ACCEPTED -> HttpStatus.CREATED;
            case REJECTED -> HttpStatus.UNPROCESSABLE_ENTITY;
            default -> HttpStatus.OK;
        };
    }

    /** The body, or null when it is longer than {@code limit} (read no further than one byte past it). */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return body.length > limit ? null : body;
    }
}
