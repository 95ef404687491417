package org.portcullis.messaging.pcs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * The JSON body of a notice to the port community system: a container's status ({@code schema/pcs-notice-v1.schema.json})
 * or port health's free pratique ({@code schema/pcs-free-pratique-v1.schema.json}).
 */
public class PcsNoticeJson {

    private final ObjectMapper json;

    public PcsNoticeJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(TerminalNotice notice) {
        return writeValue(notice);
    }

    public String write(FreePratiqueNotice notice) {
        return writeValue(notice);
    }

    private String writeValue(Object notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
