package org.portcullis.processes.clearance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.portcullis.model.clearance.ReferralDecision;

/**
 * What the carrier reads with a notice after an officer's work: the officer's message to the carrier (never the
 * internal reason), in the workflow's own words where the notice must say more (the documentary check, the place
 * and time of an inspection). Null when there is nothing to say beyond the notice's type.
 */
final class CarrierReasons {

    static final DateTimeFormatter INSPECTION_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private CarrierReasons() {
    }

    static String afterDecision(ReferralDecision decision, String carrierMessage) {
        return decision == ReferralDecision.DOCUMENT_CHECK ? joined("Documentary check", carrierMessage)
                : carrierMessage;
    }

    static String inspection(String place, Instant scheduledFor, String carrierMessage) {
        return joined("Physical inspection at " + place + " on " + INSPECTION_TIME.format(scheduledFor),
                carrierMessage);
    }

    private static String joined(String fixed, String carrierMessage) {
        return carrierMessage == null ? fixed : fixed + ": " + carrierMessage;
    }
}
