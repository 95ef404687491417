package org.portcullis.rules.engine;

import java.util.List;
import org.portcullis.rules.fact.health.AffectedAreas;
import org.portcullis.rules.fact.maritime.DangerousGoodsPermissions;
import org.portcullis.rules.fact.maritime.PortSecurityLevels;

/**
 * The reference data of the port health and maritime authority rules: affected areas, the ports' ISPS security
 * levels and the dangerous goods classes that need the port authority's permission.
 */
public record AgencyReferenceData(AffectedAreas affectedAreas, PortSecurityLevels portSecurityLevels,
        DangerousGoodsPermissions dangerousGoodsPermissions) {

    /** The reference facts the agencies' rules match against. */
    public List<Object> facts() {
        return List.of(affectedAreas, portSecurityLevels, dangerousGoodsPermissions);
    }
}
