package org.portcullis.casework.risk;

import java.util.List;
import org.springframework.stereotype.Service;

/** The risk scores the case file shows: the latest of each consignment, live or in shadow, with the reasons. */
@Service
public class RiskScoresOfCases {

    private final RiskScoreRepository scores;

    RiskScoresOfCases(RiskScoreRepository scores) {
        this.scores = scores;
    }

    public List<CaseRiskScore> of(String mrn) {
        return scores.latest(mrn);
    }
}
