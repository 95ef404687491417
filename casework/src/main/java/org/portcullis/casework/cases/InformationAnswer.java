package org.portcullis.casework.cases;

import java.time.Instant;

/** The carrier's answer to a request for information, as the case file shows it. */
public record InformationAnswer(String answer, Instant receivedAt) {
}
