package org.portcullis.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Lane;
import org.portcullis.risk.history.ConsignmentRecord;
import org.portcullis.risk.history.HistoricalConsignment;
import org.portcullis.risk.train.Propensities;

/**
 * The inverse propensity weights training uses: each lane's inspected consignments stand for all of that lane's
 * consignments, and the GREEN lane's, drawn by random selection alone, weigh about 1 / its rate.
 */
class PropensitiesTest {

    private static final List<ConsignmentRecord> RECORDS = GeneratedWorld.HISTORY.consignments()
            .map(HistoricalConsignment::record).toList();
    private static final Propensities PROPENSITIES = Propensities.estimate(RECORDS);

    @Test
    void eachLanesInspectedConsignmentsWeighAsManyAsTheLaneHasConsignments() {
        for (Lane lane : Lane.values()) {
            List<ConsignmentRecord> ofLane = RECORDS.stream().filter(r -> r.ruleLane() == lane).toList();
            double weighed = ofLane.stream().filter(ConsignmentRecord::inspected)
                    .mapToDouble(r -> PROPENSITIES.weight(r.ruleLane())).sum();

            assertThat(ofLane).as(lane.name()).isNotEmpty();
            assertThat(weighed).as(lane.name()).isCloseTo(ofLane.size(), within(1e-6 * ofLane.size()));
        }
    }

    @Test
    void greenIsInspectedOnlyWhenRandomSelectionDrewItAndThoseInspectionsWeighMost() {
        List<ConsignmentRecord> greenInspected = RECORDS.stream()
                .filter(r -> r.ruleLane() == Lane.GREEN && r.inspected()).toList();

        assertThat(greenInspected).isNotEmpty().allMatch(ConsignmentRecord::randomlySelected);
        assertThat(PROPENSITIES.weight(Lane.GREEN)).isBetween(25.0, 40.0)
                .isGreaterThan(PROPENSITIES.weight(Lane.YELLOW)).isGreaterThan(PROPENSITIES.weight(Lane.RED));
        assertThat(PROPENSITIES.weight(Lane.RED)).isBetween(1.0, 1.3);
    }

    @Test
    void aLaneNobodyInspectedCannotBeWeighted() {
        Propensities none = Propensities.estimate(RECORDS.stream().filter(r -> !r.inspected()).toList());

        assertThatThrownBy(() -> none.weight(Lane.GREEN)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GREEN");
    }
}
