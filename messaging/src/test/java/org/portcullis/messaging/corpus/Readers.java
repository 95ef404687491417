package org.portcullis.messaging.corpus;

import org.portcullis.messaging.edifact.EdifactFilingReader;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.messaging.filing.FilingSchema;
import org.portcullis.messaging.filing.JsonFilingReader;

/** The readers as the application wires them. */
final class Readers {

    private Readers() {
    }

    static FilingReaders all() {
        JsonFilingReader json = new JsonFilingReader(FilingJson.objectMapper(), new FilingSchema());
        return new FilingReaders(json, new EdifactFilingReader());
    }
}
