package org.portcullis.casework.risk;

import java.time.Instant;

/** One activation: the model it serves (null when OFF), how, who made it and when. The latest one serves. */
public record ModelActivation(long id, String version, RiskMode mode, Instant activatedAt, String activatedBy) {
}
