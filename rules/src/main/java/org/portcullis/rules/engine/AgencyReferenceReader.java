package org.portcullis.rules.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.model.error.InvalidValueException;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.UnLocode;
import org.portcullis.rules.fact.health.AffectedAreas;
import org.portcullis.rules.fact.maritime.DangerousGoodsPermissions;
import org.portcullis.rules.fact.maritime.PortSecurityLevels;

/**
 * Reads the reference data of the agencies' rules from {@code reference/health/} and {@code reference/maritime/},
 * every bad row a problem with its file and line.
 */
final class AgencyReferenceReader {

    static final String AFFECTED_AREAS = "reference/health/affected-areas.csv";
    static final String PORT_SECURITY_LEVELS = "reference/maritime/port-security-levels.csv";
    static final String DANGEROUS_GOODS_PERMISSION = "reference/maritime/dangerous-goods-permission.csv";

    private final List<RuleProblem> problems;

    AgencyReferenceReader(List<RuleProblem> problems) {
        this.problems = problems;
    }

    AgencyReferenceData read(RuleSources sources) {
        return new AgencyReferenceData(affectedAreas(sources), portSecurityLevels(sources), permissions(sources));
    }

    private AffectedAreas affectedAreas(RuleSources sources) {
        Map<String, String> areas = new LinkedHashMap<>();
        for (CsvRows.Row row : CsvRows.read(AFFECTED_AREAS, sources.text(AFFECTED_AREAS), List.of("area", "disease"),
                problems)) {
            String area = row.get("area");
            boolean valid = area.length() == 2 ? CountryCode.isKnown(area) : isLocode(area);
            if (valid && !row.get("disease").isEmpty()) {
                areas.put(area, row.get("disease"));
            } else {
                problem(AFFECTED_AREAS, row, "needs an area (UN/LOCODE of a port or ISO 3166 country) and a disease");
            }
        }
        return new AffectedAreas(areas);
    }

    private PortSecurityLevels portSecurityLevels(RuleSources sources) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (CsvRows.Row row : CsvRows.read(PORT_SECURITY_LEVELS, sources.text(PORT_SECURITY_LEVELS),
                List.of("port", "securityLevel"), problems)) {
            String level = row.get("securityLevel");
            if (isLocode(row.get("port")) && level.matches("[123]")) {
                levels.put(row.get("port"), Integer.parseInt(level));
            } else {
                problem(PORT_SECURITY_LEVELS, row, "needs a UN/LOCODE and an ISPS security level 1, 2 or 3");
            }
        }
        return new PortSecurityLevels(levels);
    }

    private DangerousGoodsPermissions permissions(RuleSources sources) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (CsvRows.Row row : CsvRows.read(DANGEROUS_GOODS_PERMISSION, sources.text(DANGEROUS_GOODS_PERMISSION),
                List.of("hazardClass", "reason"), problems)) {
            if (row.get("hazardClass").matches("[1-9](\\.[1-6])?") && !row.get("reason").isEmpty()) {
                reasons.put(row.get("hazardClass"), row.get("reason"));
            } else {
                problem(DANGEROUS_GOODS_PERMISSION, row, "needs an IMDG class or division (1, 1.4, 6.2) and a reason");
            }
        }
        return new DangerousGoodsPermissions(reasons);
    }

    private static boolean isLocode(String text) {
        try {
            UnLocode.of(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private void problem(String file, CsvRows.Row row, String message) {
        problems.add(new RuleProblem(file, (int) row.line(), message));
    }
}
