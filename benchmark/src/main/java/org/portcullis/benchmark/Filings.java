package org.portcullis.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Realistic filings that take the automatic clearance path (no rule refers them): a container ship's port call with
 * N consignments of ordinary goods, each with its own bill of lading, parties and a container with a valid ISO 6346
 * check digit. Every filing has its own LRN.
 */
public final class Filings {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[][] GOODS = {
        {"LED ceiling lamps, 230 V", "940511"}, {"Cotton bed linen, printed", "630221"},
        {"Stainless steel cutlery sets", "821520"}, {"Wooden dining chairs", "940161"},
        {"Bicycle tyres, rubber", "401150"}, {"Ceramic floor tiles", "690721"},
        {"Laptop computers", "847130"}, {"Men's cotton trousers", "620342"}};
    private static final String[] ORIGINS = {"CNSHA", "CNNGB", "SGSIN", "KRPUS", "VNSGN", "MYPKG"};
    /** Dates relative to the day of the run: the ship arrives in five days, far enough for every deadline. */
    private static final Instant TODAY = Instant.now().truncatedTo(ChronoUnit.HOURS);
    private static final String SENT_AT = TODAY.minus(Duration.ofHours(1)).toString();
    private static final String ETA = TODAY.plus(Duration.ofDays(5)).toString();
    private static final String LAST_PORT_ARRIVAL = TODAY.minus(Duration.ofDays(19)).toString();
    private static final String LAST_PORT_DEPARTURE = TODAY.minus(Duration.ofDays(18)).toString();

    private Filings() {
    }

    public static String json(String lrn, int consignments) {
        ObjectNode filing = JSON.createObjectNode();
        filing.putObject("header").put("lrn", lrn).put("function", "ORIGINAL").put("sentAt", SENT_AT);
        filing.putObject("vessel").put("imoNumber", "9839284").put("name", "MSC AURORA").put("flag", "PA")
                .put("callSign", "3FZC7").put("mmsi", "357123000");
        ObjectNode portCall = filing.putObject("portCall").put("voyageNumber", "FL648W").put("portOfCall", "NLRTM")
                .put("eta", ETA).put("nextPort", "DEHAM").put("securityLevel", 1);
        portCall.putArray("previousPorts").addObject().put("port", "SGSIN").put("arrival", LAST_PORT_ARRIVAL)
                .put("departure", LAST_PORT_DEPARTURE).put("securityLevel", 1);
        ArrayNode list = filing.putArray("consignments");
        for (int i = 0; i < consignments; i++) {
            list.add(consignment(i));
        }
        return filing.toString();
    }

    static byte[] bytes(String lrn, int consignments) {
        return json(lrn, consignments).getBytes(StandardCharsets.UTF_8);
    }

    /** The consignor of the i-th consignment (the benchmark lists them as known traders). */
    static String consignorName(int i) {
        return "Shipper " + i + " Manufacturing Co. Ltd";
    }

    private static ObjectNode consignment(int i) {
        String[] goods = GOODS[i % GOODS.length];
        String container = containerNumber(i);
        ObjectNode consignment = JSON.createObjectNode();
        consignment.put("transportDocumentNumber", "MEDU" + String.format("%08d", i));
        consignment.putObject("consignor").put("name", consignorName(i))
                .put("address", i + " Keyuan Road, Shenzhen").put("country", "CN");
        consignment.putObject("consignee").put("name", "Importer " + i + " B.V.")
                .put("address", "Waalhaven " + i + ", Rotterdam").put("country", "NL").put("identifier", "NL8" + String.format("%08d", i));
        consignment.put("placeOfLoading", ORIGINS[i % ORIGINS.length]).put("placeOfUnloading", "NLRTM");
        ObjectNode item = consignment.putArray("goodsItems").addObject();
        item.put("sequence", 1).put("description", goods[0]).put("hsCode", goods[1]);
        item.putObject("packages").put("count", 100 + i % 400).put("kind", "CT");
        item.put("grossMassKg", 1000.0 + i);
        item.putArray("containers").add(container);
        consignment.putArray("containers").addObject().put("number", container).putArray("seals").add("CN" + (4_000_000 + i));
        return consignment;
    }

    /** An ISO 6346 container number of owner MSC, category U, serial i, with its check digit. */
    static String containerNumber(int serial) {
        String body = "MSCU" + String.format("%06d", serial % 1_000_000);
        long sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (long) value(body.charAt(i)) << i;
        }
        return body + (sum % 11 % 10);
    }

    private static int value(char c) {
        if (Character.isDigit(c)) {
            return c - '0';
        }
        int value = 10;
        for (char letter = 'A'; letter < c; letter++) {
            value++;
            if (value % 11 == 0) {
                value++;
            }
        }
        return value;
    }
}
