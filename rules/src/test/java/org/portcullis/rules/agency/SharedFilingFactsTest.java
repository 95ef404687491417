package org.portcullis.rules.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.agency.AgencyRulesFixture.BORDER;
import static org.portcullis.rules.agency.AgencyRulesFixture.CUSTOMS;
import static org.portcullis.rules.agency.AgencyRulesFixture.HEALTH;
import static org.portcullis.rules.agency.AgencyRulesFixture.MARITIME;
import static org.portcullis.rules.agency.AgencyRulesFixture.everyAgencyHasSomething;
import static org.portcullis.rules.agency.AgencyRulesFixture.ruleIds;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.portcullis.model.agency.AgencyAssessment;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.PartyHistory;
import org.portcullis.rules.engine.RepositoryRuleSet;
import org.portcullis.rules.engine.TestFilings;
import org.portcullis.rules.screening.RedressRegister;

/**
 * The facts a filing alone gives are worked out once and shared by its assessments (customs' and each agency's):
 * each assessment still gets exactly what it got on its own, and what differs between them (persons, a consignor's
 * first-time flag) is not carried from one to the next.
 */
class SharedFilingFactsTest {

    /** An equal filing that is another object: nothing worked out for the first one applies to it. */
    private static Filing copyOf(Filing filing) {
        return new Filing(filing.header(), filing.vessel(), filing.portCall(), List.copyOf(filing.consignments()),
                filing.crew(), filing.passengers(), filing.health(), filing.shipStores(), filing.crewEffects(),
                filing.crewSignOffs(), filing.security(), filing.waste(), filing.unmappedSegments(),
                filing.certificates());
    }

    private static AgencyAssessor freshAssessor() {
        return new AgencyAssessor(RepositoryRuleSet.assessor(PartyHistory.NONE, RedressRegister.NONE),
                new LiveRuleSet(RepositoryRuleSet.ruleSet()));
    }

    @Test
    void eachAgencysAssessmentOfOneFilingIsWhatItsOwnAssessorGivesForACopy() {
        Filing filing = everyAgencyHasSomething();
        Mrn mrn = RepositoryRuleSet.unselectedMrn(filing);
        List<AgencyRules> agencies = List.of(BORDER, CUSTOMS, HEALTH, MARITIME);

        List<AgencyAssessment> shared = freshAssessor().assessAll(agencies, mrn, filing);

        for (int i = 0; i < agencies.size(); i++) {
            AgencyAssessment alone = freshAssessor().assess(agencies.get(i), mrn, copyOf(filing));
            assertThat(shared.get(i)).isEqualTo(alone);
        }
        assertThat(ruleIds(shared.get(0))).contains("PER-001");
        assertThat(ruleIds(shared.get(1))).contains("TGT-001");
    }

    @Test
    void customsAssessingAfterBorderPoliceOnTheSameFilingStillGetsNoPersonsOrTheirMatches() {
        Filing filing = everyAgencyHasSomething();
        AgencyAssessor assessor = freshAssessor();
        Mrn mrn = RepositoryRuleSet.unselectedMrn(filing);

        AgencyAssessment border = assessor.assess(BORDER, mrn, filing);
        AgencyAssessment customs = assessor.assess(CUSTOMS, mrn, filing);

        assertThat(border.assessment().screeningMatches())
                .anySatisfy(match -> assertThat(match.subject().kind()).isEqualTo(TargetKind.PERSON));
        assertThat(customs.assessment().screeningMatches())
                .noneMatch(match -> match.subject().kind() == TargetKind.PERSON);
        assertThat(customs.assessment().findings()).noneMatch(finding -> finding.target().kind() == TargetKind.PERSON)
                .extracting(Finding::ruleId).noneMatch(id -> id.startsWith("PER") || id.startsWith("TRF"));
    }

    @Test
    void aConsignorsFirstTimeFollowsThePartyHistoryOfEachAssessmentNotTheFirst() {
        Filing filing = TestFilings.filing(TestFilings.item("LED ceiling lamps", "940511"),
                TestFilings.party("Brand New Exports Ltd", "VN"), TestFilings.party("Holland Lighting BV", "NL"));
        AtomicReference<Set<String>> seen = new AtomicReference<>(Set.of());
        DroolsFilingAssessor assessor = RepositoryRuleSet.assessor((keys, mrn) -> seen.get().isEmpty() ? Set.of()
                : Set.copyOf(keys), RedressRegister.NONE);
        Mrn mrn = RepositoryRuleSet.unselectedMrn(filing);

        Assessment unseen = assessor.assess(RepositoryRuleSet.ruleSet(), mrn, filing);
        seen.set(Set.of("shipped before"));
        Assessment seenBefore = assessor.assess(RepositoryRuleSet.ruleSet(), mrn, filing);
        seen.set(Set.of());
        Assessment unseenAgain = assessor.assess(RepositoryRuleSet.ruleSet(), mrn, filing);

        assertThat(unseen.findings()).extracting(Finding::ruleId).containsExactly("TGT-006");
        assertThat(seenBefore.findings()).isEmpty();
        assertThat(unseenAgain).isEqualTo(unseen);
    }

    @Test
    void theConsignorKeysAreThoseOfTheFilingAsked() {
        Filing lamps = TestFilings.filing(TestFilings.item("LED ceiling lamps", "940511"),
                TestFilings.party("Brand New Exports Ltd", "VN"), TestFilings.party("Holland Lighting BV", "NL"));
        Filing other = TestFilings.filing(TestFilings.item("LED ceiling lamps", "940511"),
                TestFilings.party("Acme Trading Co., Ltd.", "CN"), TestFilings.party("Holland Lighting BV", "NL"));
        DroolsFilingAssessor assessor = RepositoryRuleSet.assessor(PartyHistory.NONE, RedressRegister.NONE);

        assertThat(assessor.consignorKeys(lamps)).containsExactly("BRAND EXPORTS NEW|VN");
        assertThat(assessor.consignorKeys(other)).containsExactly("ACME TRADING|CN");
        assertThat(assessor.consignorKeys(copyOf(lamps))).containsExactly("BRAND EXPORTS NEW|VN");
    }
}
