package org.portcullis.rules.fact.maritime;

import java.util.Map;

/**
 * The ISPS security level each port of the authority operates at now (set by the contracting government, SOLAS
 * XI-2/3), by UN/LOCODE; a port not listed is at level 1. The file {@code reference/maritime/port-security-levels.csv}.
 */
public class PortSecurityLevels {

    private final Map<String, Integer> levelByPort;

    public PortSecurityLevels(Map<String, Integer> levelByPort) {
        this.levelByPort = Map.copyOf(levelByPort);
    }

    public int levelOf(String port) {
        return port == null ? 1 : levelByPort.getOrDefault(port, 1);
    }
}
