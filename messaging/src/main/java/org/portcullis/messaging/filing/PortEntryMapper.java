package org.portcullis.messaging.filing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.filing.SecurityCertificate;
import org.portcullis.model.filing.SecurityOfficer;
import org.portcullis.model.filing.ShipSecurity;
import org.portcullis.model.filing.WasteItem;
import org.portcullis.model.filing.WasteNotification;
import org.portcullis.model.filing.WasteType;
import org.portcullis.model.value.UnLocode;

/**
 * The parts the maritime authority needs for port entry beside the port call, since schema version 1.1: the ship's
 * security information (ISPS) and the advance waste notification, every code and date checked with the JSON
 * Pointer of its element.
 */
final class PortEntryMapper {

    private final ValueCollector values;

    PortEntryMapper(ValueCollector values) {
        this.values = values;
    }

    ShipSecurity security(JsonNode root) {
        JsonNode s = root.get("security");
        if (s == null || s.isNull()) {
            return null;
        }
        JsonNode c = s.get("certificate");
        SecurityCertificate certificate = c == null ? null
                : new SecurityCertificate(SecurityCertificate.SecurityCertificateType.valueOf(
                        ValueCollector.text(c, "type")), ValueCollector.text(c, "issuer"),
                        values.date(c, "expiry", "/security/certificate"));
        JsonNode plan = s.get("approvedSecurityPlanOnBoard");
        return new ShipSecurity(certificate, ValueCollector.text(s, "noValidCertificateReason"),
                plan == null || plan.isNull() ? null : plan.asBoolean(), officer(s.get("shipSecurityOfficer")),
                officer(s.get("companySecurityOfficer")));
    }

    private static SecurityOfficer officer(JsonNode o) {
        return o == null || o.isNull() ? null
                : new SecurityOfficer(ValueCollector.text(o, "name"), ValueCollector.text(o, "phone"),
                        ValueCollector.text(o, "email"));
    }

    WasteNotification waste(JsonNode root) {
        JsonNode w = root.get("waste");
        if (w == null || w.isNull()) {
            return null;
        }
        List<WasteItem> items = new ArrayList<>();
        JsonNode array = w.path("wastes");
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            items.add(new WasteItem(WasteType.valueOf(ValueCollector.text(item, "type")),
                    ValueCollector.text(item, "description"), ValueCollector.decimal(item, "toBeDelivered"),
                    ValueCollector.decimal(item, "maxStorageCapacity"), ValueCollector.decimal(item, "retainedOnBoard"),
                    values.code(item, "remainingDeliveryPort", "/waste/wastes/" + i, UnLocode::of),
                    ValueCollector.decimal(item, "generatedBeforeNextPort")));
        }
        return new WasteNotification(values.code(w, "lastDeliveryPort", "/waste", UnLocode::of),
                values.date(w, "lastDeliveryDate", "/waste"),
                WasteNotification.WasteDelivery.valueOf(ValueCollector.text(w, "delivery")),
                values.code(w, "nextDeliveryPort", "/waste", UnLocode::of), items);
    }
}
