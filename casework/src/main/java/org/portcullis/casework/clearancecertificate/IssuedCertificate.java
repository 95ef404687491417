package org.portcullis.casework.clearancecertificate;

import java.time.Instant;

/**
 * A clearance certificate Portcullis issued: its number, case, the signed JWS, the log index of the release it
 * certifies, and when and for whom it was issued.
 */
public record IssuedCertificate(String id, String mrn, String jws, long logIndex, Instant issuedAt,
        String issuedBy) {
}
