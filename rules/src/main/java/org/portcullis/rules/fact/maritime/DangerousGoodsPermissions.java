package org.portcullis.rules.fact.maritime;

import java.util.Map;

/**
 * The IMDG classes (or divisions) whose entry into the port needs the port authority's permission, with the reason;
 * a class listed as "1" covers its divisions 1.1 to 1.6. The file
 * {@code reference/maritime/dangerous-goods-permission.csv}.
 */
public class DangerousGoodsPermissions {

    private final Map<String, String> reasonByClass;

    public DangerousGoodsPermissions(Map<String, String> reasonByClass) {
        this.reasonByClass = Map.copyOf(reasonByClass);
    }

    public boolean needsPermission(String hazardClass) {
        return !reason(hazardClass).isEmpty();
    }

    /** Why the class needs permission (the division's own listing before its class's), or an empty text. */
    public String reason(String hazardClass) {
        if (hazardClass == null || hazardClass.isBlank()) {
            return "";
        }
        String division = hazardClass.strip();
        int dot = division.indexOf('.');
        String whole = dot < 0 ? division : division.substring(0, dot);
        return reasonByClass.getOrDefault(division, reasonByClass.getOrDefault(whole, ""));
    }
}
