package org.portcullis.model.intake;

import java.util.Objects;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;

/**
 * What a carrier's message asks for, read from its body: a filing to register or to replace an earlier version
 * (ORIGINAL, AMENDMENT), the withdrawal of an LRN (CANCELLATION), or an answer to a request for information
 * (INFORMATION_RESPONSE). {@code quotedMrn} is the MRN the sender quoted, if any (checked against the LRN).
 */
public sealed interface CarrierMessage {

    FilingHeader header();

    String quotedMrn();

    /** The same message with the transport's message id and carrier id in its header. */
    CarrierMessage withTransport(String messageId, String carrierId);

    /** An original or an amendment: the whole filing of the LRN as it now stands. */
    record Submission(Filing filing, String quotedMrn) implements CarrierMessage {

        public Submission {
            Objects.requireNonNull(filing, "filing");
        }

        @Override
        public FilingHeader header() {
            return filing.header();
        }

        @Override
        public Submission withTransport(String messageId, String carrierId) {
            return new Submission(filing.withTransport(messageId, carrierId), quotedMrn);
        }
    }

    /** The sender withdraws the filing of the LRN, with an optional reason. */
    record Cancellation(FilingHeader header, String quotedMrn, String reason) implements CarrierMessage {

        public Cancellation {
            Objects.requireNonNull(header, "header");
        }

        @Override
        public Cancellation withTransport(String messageId, String carrierId) {
            return new Cancellation(transport(header, messageId, carrierId), quotedMrn, reason);
        }
    }

    /** The sender answers a request for information on the case of the LRN. */
    record InformationAnswer(FilingHeader header, String quotedMrn, String answer) implements CarrierMessage {

        public InformationAnswer {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(answer, "answer");
        }

        @Override
        public InformationAnswer withTransport(String messageId, String carrierId) {
            return new InformationAnswer(transport(header, messageId, carrierId), quotedMrn, answer);
        }
    }

    private static FilingHeader transport(FilingHeader header, String messageId, String carrierId) {
        return new FilingHeader(header.lrn(), messageId, carrierId, header.function(), header.sentAt());
    }
}
