package org.portcullis.rules.fact.health;

import java.util.Map;

/**
 * Areas affected by a public health risk of international concern (WHO disease outbreak news, IHR Article 1), by
 * UN/LOCODE of a port or ISO 3166 code of a whole country, with the disease; the file
 * {@code reference/health/affected-areas.csv}.
 */
public class AffectedAreas {

    private final Map<String, String> diseaseByArea;

    public AffectedAreas(Map<String, String> diseaseByArea) {
        this.diseaseByArea = Map.copyOf(diseaseByArea);
    }

    /** True when the port or its country is listed as affected. */
    public boolean isAffected(String port) {
        return port != null && (diseaseByArea.containsKey(port) || diseaseByArea.containsKey(port.substring(0, 2)));
    }

    /** The disease of the port's listing (the port's own before its country's), or an empty text. */
    public String disease(String port) {
        if (port == null) {
            return "";
        }
        return diseaseByArea.getOrDefault(port, diseaseByArea.getOrDefault(port.substring(0, 2), ""));
    }
}
