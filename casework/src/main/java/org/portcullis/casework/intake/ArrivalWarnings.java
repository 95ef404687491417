package org.portcullis.casework.intake;

import java.time.Instant;
import java.util.List;
import org.portcullis.model.error.Warning;
import org.portcullis.model.error.WarningCode;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.intake.CarrierMessage;
import org.portcullis.model.intake.Locations;

/**
 * What an accepted filing or amendment is warned about: an ETA already past when the message was received (a sample
 * sent with its fixed dates, a voyage filed late). The message is taken as it is; the carrier learns it from the
 * answer, with a pointer to the ETA (the arrival DTM in EDIFACT).
 */
final class ArrivalWarnings {

    private ArrivalWarnings() {
    }

    static List<Warning> of(CarrierMessage message, Instant receivedAt, Locations at) {
        if (!(message instanceof CarrierMessage.Submission submission)) {
            return List.of();
        }
        PortCall portCall = submission.filing().portCall();
        if (portCall == null || portCall.eta() == null || !portCall.eta().isBefore(receivedAt)) {
            return List.of();
        }
        return List.of(Warning.of(WarningCode.ETA_IN_PAST, at.of(Locations.Element.ETA),
                "ETA " + portCall.eta() + " was already past when the message was received at " + receivedAt));
    }
}
