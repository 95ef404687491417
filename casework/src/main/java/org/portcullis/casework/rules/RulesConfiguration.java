package org.portcullis.casework.rules;

import java.time.Clock;
import org.portcullis.casework.agency.AgencyRuleFolders;
import org.portcullis.casework.reassessment.ReassessmentProperties;
import org.portcullis.messaging.filing.JsonFilingReader;
import org.portcullis.messaging.filing.ScenarioFilingReader;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.iot.CaseEvents;
import org.portcullis.model.certificate.ShipCertificateChecks;
import org.portcullis.model.risk.RiskScores;
import org.portcullis.rules.backtest.Backtest;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.PartyHistory;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.iot.VesselSilentAfter;
import org.portcullis.rules.screening.RedressRecords;
import org.portcullis.rules.screening.RedressRegister;
import org.portcullis.rules.watchlist.OfficialWatchlists;
import org.portcullis.rules.scenario.ScenarioRunner;
import org.portcullis.sharing.agency.Agencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Wires the rules: the rule set a node starts with, the official lists, the assessor the workflow calls (with the
 * case's sensor events; it records which traders it has seen), and the rule authors' tools (scenarios, backtests).
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

    @Bean
    RuleSetCompiler ruleSetCompiler(Clock clock) {
        return new RuleSetCompiler(clock);
    }

    @Bean
    LiveRuleSet liveRuleSet(RuleSetSource source, RuleSetCompiler compiler, RuleSetVersions versions,
            RulesProperties properties, Clock clock, NodeName node) {
        RuleSet ruleSet = new RuleSetStartup(source, compiler, versions, properties, clock, node.name()).initial();
        log.info("Rule set {} is live with {} rules", ruleSet.version(), ruleSet.rules().size());
        return new LiveRuleSet(ruleSet);
    }

    /** The official lists serving now, kept up to date from their files by {@code watchlists.OfficialListFiles}. */
    @Bean
    OfficialWatchlists officialWatchlists() {
        return new OfficialWatchlists();
    }

    /**
     * The assessor the workflow calls: with the traders seen before, the persons of other port calls, the redress
     * records (four eyes), the official lists, the risk scores and the checks of ship certificates; a vessel counts
     * as silent after the silence check's own threshold ({@code portcullis.reassessment.vessel-silent-after}).
     */
    @Bean
    DroolsFilingAssessor droolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock, KnownParties knownParties,
            PersonHistory personHistory, RedressRecords redress, OfficialWatchlists officialWatchlists,
            CaseEvents caseEvents, RiskScores riskScores, ShipCertificateChecks certificateChecks,
            ReassessmentProperties reassessment) {
        return new DroolsFilingAssessor(liveRuleSet, clock,
                new DroolsFilingAssessor.Sources(knownParties, personHistory, redress, officialWatchlists)
                        .with(caseEvents).with(silentAfter(reassessment)),
                riskScores, certificateChecks);
    }

    static VesselSilentAfter silentAfter(ReassessmentProperties reassessment) {
        return new VesselSilentAfter(reassessment.vesselSilentAfter());
    }

    @Bean
    @Primary
    FilingAssessor filingAssessor(DroolsFilingAssessor assessor, KnownParties knownParties) {
        return (mrn, filing) -> {
            var assessment = assessor.assess(mrn, filing);
            knownParties.record(assessor.consignorKeys(filing), mrn);
            return assessment;
        };
    }

    /**
     * Scenarios run as authors write them: no filing history, no redress, random selection only with an MRN; a
     * scenario naming an agency runs that agency's rule folders of the agencies file.
     */
    @Bean
    ScenarioRunner scenarioRunner(LiveRuleSet liveRuleSet, Clock clock, JsonFilingReader reader, Agencies agencies,
            ReassessmentProperties reassessment) {
        DroolsFilingAssessor assessor = new DroolsFilingAssessor(liveRuleSet, clock, DroolsFilingAssessor.Sources
                .of(PartyHistory.NONE, PersonHistory.NONE, RedressRegister.NONE).with(silentAfter(reassessment)));
        return new ScenarioRunner(assessor, new ScenarioFilingReader(reader), AgencyRuleFolders.of(agencies));
    }

    @Bean
    Backtest backtest(DroolsFilingAssessor assessor) {
        return new Backtest(assessor);
    }
}
