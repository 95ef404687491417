package org.portcullis.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Sample filings of docs/samples made distinct for one test: their own LRN, vessel name, port of call and ETA (every
 * date of the sample moved alike to that ETA).
 */
final class TestFilings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestFilings() {
    }

    static String sample(String file, String lrn, String vesselName, String portOfCall, Instant eta) {
        try {
            ObjectNode filing = (ObjectNode) JSON.readTree(TestDates.arrivingAt(CarrierClient.sample(file, lrn), eta));
            ((ObjectNode) filing.get("vessel")).put("name", vesselName);
            ((ObjectNode) filing.get("portCall")).put("portOfCall", portOfCall);
            return JSON.writeValueAsString(filing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
