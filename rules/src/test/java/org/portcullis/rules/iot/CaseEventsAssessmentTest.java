package org.portcullis.rules.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.iot.IotTestCase.SEAL;
import static org.portcullis.rules.iot.IotTestCase.beforeEta;
import static org.portcullis.rules.iot.IotTestCase.filing;
import static org.portcullis.rules.iot.IotTestCase.seal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.iot.CaseEvents;
import org.portcullis.model.iot.SealStatus;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RepositoryRuleSet;
import org.portcullis.rules.screening.RedressRegister;

/** The assessor asks its CaseEvents port for the case's events; without one it assesses as before. */
class CaseEventsAssessmentTest {

    @Test
    void assessorTakesTheEventsItsPortGivesForTheCase() {
        var filing = filing();
        var mrn = RepositoryRuleSet.unselectedMrn(filing);
        CaseEvents events = CaseEvents.matching(List.of(seal("s-1", beforeEta(6), SEAL, SealStatus.OPENED)));
        var withEvents = new DroolsFilingAssessor(new LiveRuleSet(RepositoryRuleSet.ruleSet()), RepositoryRuleSet.CLOCK,
                (keys, m) -> java.util.Set.copyOf(keys), RedressRegister.NONE, events);
        var without = new DroolsFilingAssessor(new LiveRuleSet(RepositoryRuleSet.ruleSet()), RepositoryRuleSet.CLOCK,
                (keys, m) -> java.util.Set.copyOf(keys), RedressRegister.NONE);

        assertThat(withEvents.assess(mrn, filing).findings()).extracting(Finding::ruleId).containsExactly("IOT-001");
        assertThat(without.assess(mrn, filing).findings()).isEmpty();
    }
}
