package org.portcullis.model.risk;

import java.util.List;
import java.util.Map;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;

/**
 * Port: the live risk model's scores of a filing's consignments, which an assessment gives the rules as facts.
 * Implemented by the application over the model put live (empty while none is); {@link #NONE} scores nothing.
 */
@FunctionalInterface
public interface RiskScores {

    /** No model: an assessment by the rules alone. */
    RiskScores NONE = (mrn, filing) -> List.of();

    /** One score per consignment the live model scored (the MRN is null in scenarios). */
    List<RiskScore> of(Mrn mrn, Filing filing);

    /**
     * As {@link #of(Mrn, Filing)}, given the lane the rules alone gave each consignment (by transport document
     * number), which a model may read as a feature; this default ignores it.
     */
    default List<RiskScore> of(Mrn mrn, Filing filing, Map<String, Lane> rulesLanes) {
        return of(mrn, filing);
    }
}
