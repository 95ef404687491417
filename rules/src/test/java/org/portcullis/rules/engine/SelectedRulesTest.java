package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.screening.RedressRegister;

/** An agency's session is made from a rule base of its own folders' rules only, built once per rule set. */
class SelectedRulesTest {

    private static final RuleSet RULE_SET = RepositoryRuleSet.ruleSet();

    @Test
    void anAgencySessionHoldsOnlyTheRulesOfItsFolders() {
        KieBase base = baseOf(RuleSelection.folders(Set.of("health")));

        assertThat(files(base)).isNotEmpty().allMatch(file -> file.startsWith("health/"));
        assertThat(files(RULE_SET.kieBase())).anyMatch(file -> file.startsWith("targeting/"));
    }

    @Test
    void theMainAssessmentLeavesOutTheRulesOfAgencyGroups() {
        KieBase base = baseOf(RuleSelection.DEFAULT);

        assertThat(files(base)).anyMatch(file -> file.startsWith("targeting/"))
                .noneMatch(file -> file.startsWith("health/") || file.startsWith("persons/")
                        || file.startsWith("maritime/"));
    }

    @Test
    void theRuleBaseOfASelectionIsBuiltOncePerRuleSet() {
        assertThat(baseOf(RuleSelection.folders(Set.of("maritime"))))
                .isSameAs(baseOf(RuleSelection.folders(Set.of("maritime"))));
    }

    @Test
    void onlyAnAssessmentWhoseRulesReadPartiesAsksThePartyHistory() {
        List<String> asked = new ArrayList<>();
        PartyHistory history = (keys, mrn) -> {
            asked.add(mrn);
            return Set.copyOf(keys);
        };
        DroolsFilingAssessor assessor = RepositoryRuleSet.assessor(history, RedressRegister.NONE);
        Filing filing = TestFilings.filing(TestFilings.item("Pistols and revolvers", "930200"));
        Mrn mrn = RepositoryRuleSet.unselectedMrn(filing);

        assessor.assess(RULE_SET, mrn, filing, RuleSelection.folders(Set.of("health")));
        assessor.assess(RULE_SET, mrn, filing, RuleSelection.folders(Set.of("maritime")));
        assertThat(asked).isEmpty();

        assessor.assess(RULE_SET, mrn, filing);
        assertThat(asked).containsExactly(mrn.value());
    }

    private static KieBase baseOf(RuleSelection selection) {
        KieSession session = selection.newSession(RULE_SET);
        try {
            return session.getKieBase();
        } finally {
            session.dispose();
        }
    }

    private static List<String> files(KieBase base) {
        return base.getKiePackages().stream().map(KiePackage::getRules).flatMap(rules -> rules.stream())
                .map(Rule.class::cast).map(RuleSetCompiler::fileOf).toList();
    }
}
