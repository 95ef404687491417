package org.portcullis.rules.agency;

import java.util.List;
import org.portcullis.model.agency.AgencyAssessment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSelection;
import org.portcullis.rules.engine.RuleSet;

/**
 * Assesses a filing for one agency, or for each agency of a port call, with only that agency's rule folders: the
 * rule set is compiled once, each agency's run lets only its own rules fire, and each gets its own findings and
 * outcome (strongest of its findings). Every agency of one call to {@link #assessAll} uses the same rule set version.
 */
public class AgencyAssessor {

    private final DroolsFilingAssessor assessor;
    private final LiveRuleSet liveRuleSet;

    public AgencyAssessor(DroolsFilingAssessor assessor, LiveRuleSet liveRuleSet) {
        this.assessor = assessor;
        this.liveRuleSet = liveRuleSet;
    }

    /** The agency's assessment with the live rule set. */
    public AgencyAssessment assess(AgencyRules agency, Mrn mrn, Filing filing) {
        return assess(liveRuleSet.current(), agency, mrn, filing);
    }

    /** Every agency's assessment, all with the rule set live now. */
    public List<AgencyAssessment> assessAll(List<AgencyRules> agencies, Mrn mrn, Filing filing) {
        RuleSet ruleSet = liveRuleSet.current();
        return agencies.stream().map(agency -> assess(ruleSet, agency, mrn, filing)).toList();
    }

    /** The agency's assessment with the given rule set (scenarios, backtests of a draft). */
    public AgencyAssessment assess(RuleSet ruleSet, AgencyRules agency, Mrn mrn, Filing filing) {
        return new AgencyAssessment(agency.agency(),
                assessor.assess(ruleSet, mrn, filing, RuleSelection.folders(agency.folders())));
    }
}
