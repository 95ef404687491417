package org.portcullis.casework.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.casework.ledger.PublicLog;
import org.portcullis.model.notice.NoticeType;
import org.springframework.stereotype.Component;

/**
 * A notice as it is handed to the carrier: the answer that accepts a message (ACCEPTED, AMENDMENT_ACCEPTED,
 * CANCELLATION_ACCEPTED, INFORMATION_ACCEPTED) carries the receipt of that message in the log, with a signed tree
 * head that includes it (docs/ledger.md). The stored notice stays as it was issued; the receipt is added on the way
 * out, because the message gets its leaf index only after the transaction that issued the notice.
 */
@Component
public class NoticeReceipts {

    private static final Set<NoticeType> ANSWERS_THAT_ACCEPT = EnumSet.of(NoticeType.ACCEPTED,
            NoticeType.AMENDMENT_ACCEPTED, NoticeType.CANCELLATION_ACCEPTED, NoticeType.INFORMATION_ACCEPTED);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PublicLog log;

    public NoticeReceipts(PublicLog log) {
        this.log = log;
    }

    /** The notice's JSON body, with "receipt" when it accepts a message. */
    public String deliver(StoredNotice notice) {
        return receipt(notice).map(receipt -> withReceipt(notice.body(), receipt)).orElse(notice.body());
    }

    private Optional<String> receipt(StoredNotice notice) {
        if (!ANSWERS_THAT_ACCEPT.contains(NoticeType.valueOf(notice.type())) || notice.correlationId() == null) {
            return Optional.empty();
        }
        return log.receipt(LedgerEntries.messageRef(notice.carrierId(), notice.correlationId()));
    }

    private static String withReceipt(String body, String receipt) {
        try {
            ObjectNode notice = (ObjectNode) JSON.readTree(body);
            notice.set("receipt", JSON.readTree(receipt));
            return JSON.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
