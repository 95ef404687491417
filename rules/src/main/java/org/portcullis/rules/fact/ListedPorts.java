package org.portcullis.rules.fact;

import java.util.Map;

/**
 * Ports whose cargo or calls deserve a closer look (known transshipment hubs for diversion, ports under
 * restrictive measures), by UN/LOCODE with the reason they are listed. The list is the file
 * {@code reference/listed-ports.csv}.
 */
public class ListedPorts {

    private final Map<String, String> reasonByPort;

    public ListedPorts(Map<String, String> reasonByPort) {
        this.reasonByPort = Map.copyOf(reasonByPort);
    }

    public boolean isListed(String locode) {
        return locode != null && reasonByPort.containsKey(locode);
    }

    /** Why the port is listed, or an empty text. */
    public String reason(String locode) {
        return locode == null ? "" : reasonByPort.getOrDefault(locode, "");
    }
}
