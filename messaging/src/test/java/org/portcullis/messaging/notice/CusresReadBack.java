package org.portcullis.messaging.notice;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.messaging.edifact.DirectorySchemas;

/** Reads a CUSRES back as an EDIFACT tool would: StAEDI with its envelope checks and the D.05B message structure. */
final class CusresReadBack {

    private CusresReadBack() {
    }

    /** Every error StAEDI reports, as "TAG position: error (text)"; empty when the interchange conforms. */
    static List<String> errors(String interchange) {
        List<String> errors = new ArrayList<>();
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (EDIStreamReader reader = factory.createEDIStreamReader(
                new ByteArrayInputStream(interchange.getBytes(StandardCharsets.UTF_8)))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.END_SEGMENT && "UNH".equals(reader.getLocation().getSegmentTag())) {
                    reader.setTransactionSchema(DirectorySchemas.standard().schema("CUSRES", "D", "05B", null)
                            .orElseThrow());
                } else if (event == EDIStreamEvent.SEGMENT_ERROR || event == EDIStreamEvent.ELEMENT_DATA_ERROR
                        || event == EDIStreamEvent.ELEMENT_OCCURRENCE_ERROR) {
                    errors.add(reader.getLocation().getSegmentTag() + " " + reader.getLocation().getSegmentPosition()
                            + ": " + reader.getErrorType() + " (" + reader.getText() + ")");
                }
            }
        } catch (EDIStreamException | java.io.IOException e) {
            errors.add("not readable: " + e.getMessage());
        }
        return errors;
    }
}
