package org.portcullis.rules.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.agency.AgencyRulesFixture.BORDER;
import static org.portcullis.rules.agency.AgencyRulesFixture.CUSTOMS;
import static org.portcullis.rules.agency.AgencyRulesFixture.HEALTH;
import static org.portcullis.rules.agency.AgencyRulesFixture.MARITIME;
import static org.portcullis.rules.agency.AgencyRulesFixture.assess;
import static org.portcullis.rules.agency.AgencyRulesFixture.everyAgencyHasSomething;
import static org.portcullis.rules.agency.AgencyRulesFixture.ruleIds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.model.agency.AgencyAssessment;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RepositoryRuleSet;
import org.portcullis.rules.engine.TestFilings;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.history.PersonSighting;
import org.portcullis.rules.screening.RedressRegister;

/** One rule set, compiled once, run per agency: each agency gets only its own folders' findings. */
class AgencySelectionTest {

    @Test
    void eachAgencyGetsOnlyTheFindingsOfItsOwnFolders() {
        List<AgencyAssessment> all = AgencyRulesFixture.assessAll(everyAgencyHasSomething());

        assertThat(all).extracting(AgencyAssessment::agency).containsExactly("customs", "health", "maritime",
                "border");
        assertThat(ruleIds(all.get(0))).contains("TGT-001").noneMatch(id -> id.startsWith("FPR")
                || id.startsWith("ISP") || id.startsWith("PER"));
        assertThat(ruleIds(all.get(1))).containsExactly("FPR-001");
        assertThat(ruleIds(all.get(2))).containsExactly("ISP-001");
        assertThat(ruleIds(all.get(3))).contains("PER-001").noneMatch(id -> id.startsWith("TGT")
                || id.startsWith("FPR"));
        assertThat(all).extracting(a -> a.assessment().ruleSetVersion()).containsOnly(
                RepositoryRuleSet.ruleSet().version());
    }

    @Test
    void watchlistScreeningRunsOnlyForAgenciesWhoseRulesReadMatches() {
        Filing filing = everyAgencyHasSomething();

        assertThat(assess(BORDER, filing).assessment().screeningMatches()).isNotEmpty();
        assertThat(assess(HEALTH, filing).assessment().screeningMatches()).isEmpty();
        assertThat(assess(MARITIME, filing).assessment().screeningMatches()).isEmpty();
    }

    @Test
    void personsAreScreenedByBorderPoliceAloneNotByCustomsMainAssessment() {
        Filing filing = everyAgencyHasSomething();

        assertThat(assess(BORDER, filing).assessment().screeningMatches())
                .anySatisfy(match -> assertThat(match.subject().kind()).isEqualTo(TargetKind.PERSON));
        assertThat(RepositoryRuleSet.assess(filing).screeningMatches())
                .noneMatch(match -> match.subject().kind() == TargetKind.PERSON);
    }

    @Test
    void onlyBorderPoliceLooksUpTheHistoryOfThePersonsOnBoard() {
        Filing filing = everyAgencyHasSomething();
        List<String> lookUps = new ArrayList<>();
        PersonHistory history = new PersonHistory() {
            @Override
            public List<PersonSighting> sightings(Set<String> documentKeys, Set<String> nameWordsKeys, LocalDate from,
                    LocalDate to, String excludedMrn) {
                lookUps.add("sightings of " + documentKeys);
                return List.of();
            }

            @Override
            public List<PersonSighting> previousCrewList(String vesselImoNumber, LocalDate before,
                    String excludedMrn) {
                lookUps.add("crew list of " + vesselImoNumber);
                return List.of();
            }
        };
        DroolsFilingAssessor assessor = new DroolsFilingAssessor(new LiveRuleSet(RepositoryRuleSet.ruleSet()),
                RepositoryRuleSet.CLOCK, (keys, mrn) -> Set.copyOf(keys), history, RedressRegister.NONE);
        AgencyAssessor agencies = new AgencyAssessor(assessor, new LiveRuleSet(RepositoryRuleSet.ruleSet()));
        Mrn mrn = RepositoryRuleSet.unselectedMrn(filing);

        assessor.assess(RepositoryRuleSet.ruleSet(), mrn, filing);
        agencies.assessAll(List.of(HEALTH, MARITIME), mrn, filing);
        assertThat(lookUps).isEmpty();

        agencies.assess(BORDER, mrn, filing);
        assertThat(lookUps).containsExactly("sightings of [751234567]");
    }

    @Test
    void customsMainAssessmentRunsNoAgencyFolderRuleNotEvenThePersonsRules() {
        var single = RepositoryRuleSet.assess(everyAgencyHasSomething());

        assertThat(single.findings()).extracting(f -> f.ruleId()).contains("TGT-001")
                .noneMatch(id -> id.startsWith("FPR") || id.startsWith("ISP") || id.startsWith("DGA")
                        || id.startsWith("PER") || id.startsWith("TRF"));
    }

    @Test
    void eachAgencysOutcomeIsTheStrongestOfItsOwnFindings() {
        List<AgencyAssessment> all = AgencyRulesFixture.assessAll(everyAgencyHasSomething());

        assertThat(all).extracting(a -> a.assessment().outcome()).containsExactly(Outcome.INSPECT, Outcome.HOLD,
                Outcome.HOLD, Outcome.HOLD);
        assertThat(assess(CUSTOMS, TestFilings.filing(TestFilings.item("Table lamps", "940520"))).assessment()
                .outcome()).isEqualTo(Outcome.RELEASE);
    }
}
