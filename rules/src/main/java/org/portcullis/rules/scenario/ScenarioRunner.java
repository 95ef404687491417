package org.portcullis.rules.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.agency.AgencyRules;
import org.portcullis.rules.engine.AssessmentFailedException;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.RuleSelection;
import org.portcullis.rules.engine.RuleSet;

/**
 * Runs scenarios against a rule set, with their sensor events: the outcome must be the expected one, every expected
 * rule must fire and no rule of "rulesNotFiring" may. The filing documents are read by the caller's reader (the
 * published JSON format); a document it refuses makes the scenario fail with the reader's message. A scenario that
 * names an agency runs only that agency's rule folders, as the agencies' mapping gives them (by default, the folder
 * of the agency's id).
 */
public final class ScenarioRunner {

    private final DroolsFilingAssessor assessor;
    private final Function<String, Filing> filingReader;
    private final Function<String, AgencyRules> agencyRules;

    public ScenarioRunner(DroolsFilingAssessor assessor, Function<String, Filing> filingReader) {
        this(assessor, filingReader, AgencyRules::ofOwnFolder);
    }

    public ScenarioRunner(DroolsFilingAssessor assessor, Function<String, Filing> filingReader,
            Function<String, AgencyRules> agencyRules) {
        this.assessor = assessor;
        this.filingReader = filingReader;
        this.agencyRules = agencyRules;
    }

    public List<ScenarioResult> run(RuleSet ruleSet, List<Scenario> scenarios) {
        return scenarios.stream().map(scenario -> run(ruleSet, scenario)).toList();
    }

    public ScenarioResult run(RuleSet ruleSet, Scenario scenario) {
        Filing filing;
        try {
            filing = filingReader.apply(scenario.filingDocument());
        } catch (RuntimeException e) {
            return new ScenarioResult(scenario, List.of("the filing cannot be read: " + e.getMessage()), null, null);
        }
        Assessment assessment;
        try {
            Mrn mrn = scenario.mrn() == null ? null : Mrn.of(scenario.mrn());
            if (scenario.agency() == null) {
                assessment = assessor.assess(ruleSet, mrn, filing, scenario.events());
            } else {
                AgencyRules agency = agencyRules.apply(scenario.agency());
                RuleSelection selection = RuleSelection.folders(agency.folders());
                if (!selection.selectsAny(ruleSet)) {
                    return new ScenarioResult(scenario, List.of("agency " + scenario.agency()
                            + " has no rules in the folders " + agency.folders()), null, null);
                }
                assessment = assessor.assess(ruleSet, mrn, filing, scenario.events(), selection);
            }
        } catch (AssessmentFailedException e) {
            return new ScenarioResult(scenario, List.of(e.getMessage()), null, e);
        }
        List<String> failures = new ArrayList<>();
        if (assessment.outcome() != scenario.expectedOutcome()) {
            failures.add("outcome " + assessment.outcome() + ", expected " + scenario.expectedOutcome());
        }
        List<String> fired = assessment.findings().stream().map(finding -> finding.ruleId()).distinct().toList();
        scenario.expectedRules().stream().filter(id -> !fired.contains(id))
                .forEach(id -> failures.add(id + " did not fire"));
        scenario.rulesNotFiring().stream().filter(fired::contains)
                .forEach(id -> failures.add(id + " fired but must not"));
        return new ScenarioResult(scenario, failures, assessment, null);
    }
}
