package org.portcullis.rules.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.iot.IotTestCase.CONTAINER;
import static org.portcullis.rules.iot.IotTestCase.ETA;
import static org.portcullis.rules.iot.IotTestCase.SEAL;
import static org.portcullis.rules.iot.IotTestCase.assess;
import static org.portcullis.rules.iot.IotTestCase.beforeEta;
import static org.portcullis.rules.iot.IotTestCase.door;
import static org.portcullis.rules.iot.IotTestCase.filing;
import static org.portcullis.rules.iot.IotTestCase.seal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.ConsignmentOutcome;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.iot.DoorState;
import org.portcullis.model.iot.SealStatus;

/** IOT-001 to IOT-003: seals and doors of a container before the vessel's arrival. */
class SealRulesTest {

    @Test
    void withoutEventsTheFilingIsReleased() {
        Assessment assessment = assess(filing(), List.of());

        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void sealReportedOpenedBeforeArrivalHoldsTheContainer() {
        Assessment assessment = assess(filing(), List.of(seal("s-1", beforeEta(30), SEAL, SealStatus.INTACT),
                seal("s-2", beforeEta(20), SEAL, SealStatus.OPENED)));

        Finding finding = assessment.findings().get(0);
        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("IOT-001");
        assertThat(finding.outcome()).isEqualTo(Outcome.HOLD);
        assertThat(finding.target().kind()).isEqualTo(TargetKind.CONTAINER);
        assertThat(finding.target().reference()).isEqualTo(CONTAINER);
        assertThat(finding.reason()).contains(SEAL, "OPENED", beforeEta(20).toString());
        assertThat(finding.carrierVisible()).isFalse();
        assertThat(assessment.consignments()).extracting(ConsignmentOutcome::outcome)
                .containsExactly(Outcome.HOLD);
    }

    @Test
    void sealTamperedWithBeforeArrivalHoldsToo() {
        Assessment assessment = assess(filing(), List.of(seal("s-1", beforeEta(2), SEAL, SealStatus.TAMPERED)));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("IOT-001");
    }

    @Test
    void sealOpenedAfterTheEtaAtTheTerminalIsNoFinding() {
        Assessment assessment = assess(filing(), List.of(seal("s-1", beforeEta(5), SEAL, SealStatus.INTACT),
                seal("s-2", ETA.plusSeconds(7200), SEAL, SealStatus.OPENED)));

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void sealNumberThatIsNotDeclaredHoldsTheContainer() {
        Assessment assessment = assess(filing(), List.of(seal("s-1", beforeEta(40), "CL7781299", SealStatus.INTACT)));

        assertThat(assessment.findings()).extracting(Finding::ruleId, Finding::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IOT-002", Outcome.HOLD));
        assertThat(assessment.findings().get(0).reason()).contains("CL7781299", SEAL);
    }

    @Test
    void declaredSealWrittenWithSpacesHyphensOrLowerCaseIsTheSameSeal() {
        Assessment assessment = assess(filing(), List.of(seal("s-1", beforeEta(40), "cl-778 1234", SealStatus.INTACT)));

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void doorsOpenedBeforeArrivalHoldTheContainer() {
        Assessment assessment = assess(filing(), List.of(door("d-1", beforeEta(12), DoorState.OPENED),
                door("d-2", beforeEta(11.5), DoorState.CLOSED)));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("IOT-003");
        assertThat(assessment.outcome()).isEqualTo(Outcome.HOLD);
    }

    @Test
    void doorsReportedClosedOrOpenedOnlyAfterArrivalAreNoFinding() {
        Assessment assessment = assess(filing(), List.of(door("d-1", beforeEta(12), DoorState.CLOSED),
                door("d-2", ETA.plusSeconds(3600), DoorState.OPENED)));

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void eventsAboutAContainerTheFilingDoesNotNameChangeNothing() {
        var other = new org.portcullis.model.iot.SealEvent("s-9", "ACME", beforeEta(3),
                org.portcullis.model.value.ContainerNumber.of("MSCU1234566"), "X1", SealStatus.OPENED);

        assertThat(assess(filing(), List.of(other))).isEqualTo(assess(filing(), List.of()));
    }
}
