package org.portcullis.messaging.filing;

import org.portcullis.model.intake.FilingReadResult;

/** Reads one message body in one syntax into a carrier message, or every error found in it. Thread-safe. */
public interface FilingReader {

    FilingReadResult read(byte[] body);
}
