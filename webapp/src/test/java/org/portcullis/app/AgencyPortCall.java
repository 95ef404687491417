package org.portcullis.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One port call filed at once with every agency's part, from the repository's samples and examples: the cargo of
 * filing-green.json, the crew and passengers of docs/examples/crew-passengers-health-part.json, the health
 * declaration, security information and waste notification of docs/examples/port-health-security-waste-part.json.
 */
final class AgencyPortCall {

    static final Path EXAMPLES = Path.of("..", "docs", "examples");
    /** Values each agency's page must or must not show (from the files above). */
    static final String PASSPORT_NUMBER = "NLS123456";
    static final String CREW_NAME = "Jansen";
    static final String HEALTH_DETAILS = "fractured wrist";
    static final String SECURITY_OFFICER_EMAIL = "sso.aurora@example.org";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AgencyPortCall() {
    }

    static String filing(String lrn, String imo, Instant eta) {
        try {
            ObjectNode filing = (ObjectNode) JSON.readTree(CarrierClient.sample("filing-green.json", lrn));
            JsonNode persons = JSON.readTree(Files.readString(EXAMPLES.resolve("crew-passengers-health-part.json")));
            JsonNode portEntry = JSON.readTree(
                    Files.readString(EXAMPLES.resolve("port-health-security-waste-part.json")));
            filing.set("crew", persons.get("crew"));
            filing.set("passengers", persons.get("passengers"));
            filing.set("health", portEntry.get("health"));
            filing.set("security", portEntry.get("security"));
            filing.set("waste", portEntry.get("waste"));
            ((ObjectNode) filing.get("vessel")).put("imoNumber", imo);
            return TestDates.arrivingAt(JSON.writeValueAsString(filing), eta);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first goods description and consignee name of filing-green.json (cargo only customs sees in full). */
    static String goodsDescription() {
        return green().at("/consignments/0/goodsItems/0/description").asText();
    }

    static String consigneeName() {
        return green().at("/consignments/0/consignee/name").asText();
    }

    private static JsonNode green() {
        try {
            return JSON.readTree(CarrierClient.sample("filing-green.json", "x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
