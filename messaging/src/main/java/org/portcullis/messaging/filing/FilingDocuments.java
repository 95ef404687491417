package org.portcullis.messaging.filing;

import org.portcullis.model.intake.CarrierMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.portcullis.model.filing.Filing;

/**
 * The stored form of a filing: the published v1 JSON document, whatever syntax the carrier used. Reading it back
 * skips the schema (it passed once) but still builds every value type.
 */
public class FilingDocuments {

    private final ObjectMapper json;

    public FilingDocuments(ObjectMapper json) {
        this.json = json;
    }

    public String write(Filing filing) {
        try {
            return json.writeValueAsString(filing);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filing stored as {@code document}, with the transport fields given back to its header. */
    public Filing read(String document, String messageId, String carrierId) {
        FilingTreeMapper mapper = new FilingTreeMapper();
        CarrierMessage message;
        try {
            message = mapper.map(json.readTree(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (!(message instanceof CarrierMessage.Submission submission)) {
            throw new IllegalStateException("stored filing no longer reads: " + mapper.errors());
        }
        return submission.filing().withTransport(messageId, carrierId);
    }
}
