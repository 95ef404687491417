package org.portcullis.rules.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.iot.IotTestCase.ANTWERP;
import static org.portcullis.rules.iot.IotTestCase.BISCAY;
import static org.portcullis.rules.iot.IotTestCase.ETA;
import static org.portcullis.rules.iot.IotTestCase.ROTTERDAM_MAASVLAKTE;
import static org.portcullis.rules.iot.IotTestCase.assess;
import static org.portcullis.rules.iot.IotTestCase.beforeEta;
import static org.portcullis.rules.iot.IotTestCase.filing;
import static org.portcullis.rules.iot.IotTestCase.position;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.value.GeoPosition;

/** IOT-005: a container's tracker positions against the ports the filing declares. */
class RouteRulesTest {

    @Test
    void containerReportedAtAPortOffTheDeclaredRouteIsInspected() {
        Assessment assessment = assess(filing(), List.of(position(beforeEta(30), BISCAY),
                position(beforeEta(20), ANTWERP)));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("IOT-005");
        Finding finding = assessment.findings().get(0);
        assertThat(finding.outcome()).isEqualTo(Outcome.INSPECT);
        assertThat(finding.reason()).contains("BEANR", IotTestCase.BL);
    }

    @Test
    void containerAtItsPortOfCallOrAtSeaIsNoFinding() {
        Assessment assessment = assess(filing(), List.of(position(beforeEta(30), BISCAY),
                position(beforeEta(1), ROTTERDAM_MAASVLAKTE)));

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void containerAtAPortOfCallTheFilingDeclaresIsNoFinding() {
        GeoPosition hamburg = GeoPosition.ofLocodeCoordinates("5331N 00956E");
        var filing = filing();
        var withHamburg = new org.portcullis.model.filing.Filing(filing.header(), filing.vessel(),
                new org.portcullis.model.filing.PortCall("FL648W", filing.portCall().portOfCall(), ETA, null, 1,
                        List.of(new org.portcullis.model.filing.PortVisit(
                                org.portcullis.model.value.UnLocode.of("DEHAM"), null, null, 1))),
                filing.consignments());

        assertThat(assess(withHamburg, List.of(position(beforeEta(48), hamburg))).findings()).isEmpty();
        assertThat(assess(filing, List.of(position(beforeEta(48), hamburg))).findings())
                .extracting(Finding::ruleId).containsExactly("IOT-005");
    }

    @Test
    void containerTakenToAnotherPortAfterArrivalIsNoFinding() {
        Assessment assessment = assess(filing(), List.of(position(ETA.plusSeconds(86_400), ANTWERP)));

        assertThat(assessment.findings()).isEmpty();
    }
}
