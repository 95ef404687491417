package org.portcullis.messaging.pcs;

import java.time.Instant;
import java.util.Objects;
import org.portcullis.model.agency.FreePratique;

/**
 * Port health's answer to a ship as the port community system receives it
 * ({@code schema/pcs-free-pratique-v1.schema.json}): free pratique granted, granted with conditions (the carrier is
 * told the conditions), inspection on arrival or refused. No reason: it may name persons.
 */
public record FreePratiqueNotice(String noticeId, String noticeType, String mrn, TerminalNotice.Vessel vessel,
        String portOfCall, String voyageNumber, FreePratique freePratique, Instant issuedAt) {

    public static final String TYPE = "FREE_PRATIQUE";

    public FreePratiqueNotice {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(vessel, "vessel");
        Objects.requireNonNull(portOfCall, "portOfCall");
        Objects.requireNonNull(freePratique, "freePratique");
        Objects.requireNonNull(issuedAt, "issuedAt");
        noticeType = TYPE;
    }

    public FreePratiqueNotice(String noticeId, String mrn, TerminalNotice.Vessel vessel, String portOfCall,
            String voyageNumber, FreePratique freePratique, Instant issuedAt) {
        this(noticeId, TYPE, mrn, vessel, portOfCall, voyageNumber, freePratique, issuedAt);
    }
}
