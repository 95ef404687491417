package org.portcullis.casework.risk;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.risk.RiskScore;
import org.portcullis.model.risk.RiskScores;
import org.portcullis.model.value.Mrn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@link RiskScores} an assessment reads: scores the filing's consignments with the model serving, records
 * every score with the case (in the assessment's transaction), and gives the rules the scores of a LIVE model
 * only; a SHADOW model's scores are recorded and nothing acts on them. Scenarios (no MRN) are not scored. A model
 * that fails to score is logged and the rules assess alone, as they would with no model.
 */
@Component
class StoredRiskScores implements RiskScores {

    private static final Logger log = LoggerFactory.getLogger(StoredRiskScores.class);

    private final ServingModel serving;
    private final RiskScoreRepository scores;
    private final Clock clock;

    StoredRiskScores(ServingModel serving, RiskScoreRepository scores, Clock clock) {
        this.serving = serving;
        this.scores = scores;
        this.clock = clock;
    }

    @Override
    public List<RiskScore> of(Mrn mrn, Filing filing) {
        return of(mrn, filing, Map.of());
    }

    /** The scores, the model reading the lane the rules alone gave each consignment. */
    @Override
    public List<RiskScore> of(Mrn mrn, Filing filing, Map<String, Lane> rulesLanes) {
        var current = serving.current();
        if (mrn == null || current.isEmpty()) {
            return List.of();
        }
        RiskMode mode = current.get().activation().mode();
        List<RiskScore> scored;
        try {
            scored = current.get().scorer().score(filing, rulesLanes);
        } catch (RuntimeException e) {
            log.warn("Risk model {} could not score case {}; the rules assess it alone",
                    current.get().activation().version(), mrn.value(), e);
            return List.of();
        }
        scored.forEach(score -> scores.record(mrn.value(), score, mode, clock.instant()));
        return mode == RiskMode.LIVE ? scored : List.of();
    }
}
