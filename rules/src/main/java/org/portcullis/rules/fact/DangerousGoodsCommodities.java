package org.portcullis.rules.fact;

import java.util.List;

/**
 * HS codes (by prefix: chapter, heading or subheading) of goods that are dangerous for transport as a rule, so
 * that a declaration without a UN number deserves a second look. The list is the file
 * {@code reference/dangerous-goods-hs-codes.csv}.
 */
public class DangerousGoodsCommodities {

    private final List<String> prefixes;

    public DangerousGoodsCommodities(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    public boolean covers(String hsCode) {
        return hsCode != null && prefixes.stream().anyMatch(hsCode::startsWith);
    }

    public List<String> getPrefixes() {
        return prefixes;
    }
}
