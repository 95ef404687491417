package org.portcullis.risk.scoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.risk.RiskScore;
import org.portcullis.risk.feature.FeatureExtractor;

/** Scores every consignment of a filing with one model, as of the moment the filing was sent. */
public class FilingScorer {

    private final RiskModel model;
    private final FeatureExtractor extractor;

    public FilingScorer(RiskModel model, FeatureExtractor extractor) {
        this.model = Objects.requireNonNull(model, "model");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    public String modelVersion() {
        return model.version();
    }

    /** One score per consignment, in the filing's order, each with its strongest reasons; the rules' lane unknown. */
    public List<RiskScore> score(Filing filing) {
        return score(filing, Map.of());
    }

    /**
     * As {@link #score(Filing)}, with the lane the rules alone gave each consignment (by transport document number;
     * a consignment not in the map has its lane unknown).
     */
    public List<RiskScore> score(Filing filing, Map<String, Lane> rulesLanes) {
        return model.score(filing.consignments().stream()
                .map(c -> extractor.extract(filing, c, rulesLanes.get(c.transportDocumentNumber()))).toList());
    }
}
