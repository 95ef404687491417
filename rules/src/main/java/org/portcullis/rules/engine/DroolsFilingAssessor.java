package org.portcullis.rules.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.iot.CaseEvents;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.fact.ConsignmentFact;
import org.portcullis.rules.fact.RandomSelection;
import org.portcullis.rules.fact.RuleFinding;
import org.portcullis.rules.iot.IotFacts;
import org.portcullis.rules.screening.RedressRegister;

/**
 * Assesses a filing with the live rule set: screens its parties and persons against the watchlists, runs the rules
 * in a fresh session over the filing's facts and those of its case's sensor events ({@link CaseEvents}), collects
 * the findings they insert, and combines them into one outcome per consignment and for the filing (strongest wins).
 * A rule that loops, throws or runs past the time limit ({@link AssessmentTimeLimit}, {@link RuleSession}) fails
 * the assessment with an {@link AssessmentFailedException} naming the rule.
 */
public class DroolsFilingAssessor implements FilingAssessor {

    private static final Comparator<Finding> STRONGEST_FIRST = Comparator.comparing(Finding::outcome).reversed()
            .thenComparing(Finding::ruleId).thenComparing(finding -> finding.target().reference());

    private final LiveRuleSet liveRuleSet;
    private final Clock clock;
    private final PartyHistory partyHistory;
    private final Screening screening;
    private final RuleSession session;
    private final CaseEvents caseEvents;

    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock) {
        this(liveRuleSet, clock, PartyHistory.NONE, RedressRegister.NONE);
    }

    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock, PartyHistory partyHistory,
            RedressRegister redress) {
        this(liveRuleSet, clock, partyHistory, redress, CaseEvents.NONE, AssessmentTimeLimit.DEFAULT);
    }

    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock, PartyHistory partyHistory,
            RedressRegister redress, AssessmentTimeLimit timeLimit) {
        this(liveRuleSet, clock, partyHistory, redress, CaseEvents.NONE, timeLimit);
    }

    /** An assessor that also takes the sensor events of each case (attached to its containers and vessel). */
    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock, PartyHistory partyHistory,
            RedressRegister redress, CaseEvents caseEvents) {
        this(liveRuleSet, clock, partyHistory, redress, caseEvents, AssessmentTimeLimit.DEFAULT);
    }

    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock, PartyHistory partyHistory,
            RedressRegister redress, CaseEvents caseEvents, AssessmentTimeLimit timeLimit) {
        this.liveRuleSet = liveRuleSet;
        this.clock = clock;
        this.partyHistory = partyHistory;
        this.screening = new Screening(redress);
        this.session = new RuleSession(timeLimit, SessionWorkers.SHARED);
        this.caseEvents = caseEvents;
    }

    @Override
    public Assessment assess(Mrn mrn, Filing filing) {
        return assess(liveRuleSet.current(), mrn, filing, caseEvents.of(mrn, filing));
    }

    /**
     * Assesses with the given rule set rather than the live one (scenarios, backtests of a draft), without sensor
     * events. Without an MRN nothing is drawn by random selection.
     */
    public Assessment assess(RuleSet ruleSet, Mrn mrn, Filing filing) {
        return assess(ruleSet, mrn, filing, List.of(), RuleSelection.DEFAULT);
    }

    /** Assesses with the given rule set and these sensor events (those not about the filing are left out). */
    public Assessment assess(RuleSet ruleSet, Mrn mrn, Filing filing, List<IotEvent> events) {
        return assess(ruleSet, mrn, filing, events, RuleSelection.DEFAULT);
    }

    /**
     * Assesses with only the selected rules of the rule set (an agency's folders); screening runs only when one of
     * them reads watchlist matches.
     */
    public Assessment assess(RuleSet ruleSet, Mrn mrn, Filing filing, RuleSelection selection) {
        return assess(ruleSet, mrn, filing, List.of(), selection);
    }

    /** Assesses with the selected rules of the rule set and these sensor events. */
    public Assessment assess(RuleSet ruleSet, Mrn mrn, Filing filing, List<IotEvent> events,
            RuleSelection selection) {
        String mrnText = mrn == null ? "" : mrn.value();
        double selectionRate = mrn == null ? 0 : ruleSet.referenceData().randomSelectionRate();
        ReferenceData reference = ruleSet.referenceData();
        Set<String> seen = partyHistory.seenBefore(FilingFacts.consignorKeys(filing), mrnText);
        List<Object> filingFacts = FilingFacts.of(filing,
                key -> !seen.contains(key) && !reference.knownTraders().contains(key));
        List<Object> matches = selection == RuleSelection.DEFAULT || selection.readsWatchlistMatches(ruleSet)
                ? screening.screen(filingFacts, reference) : List.of();

        List<Object> facts = new ArrayList<>(reference.facts());
        facts.add(new RandomSelection(mrnText, selectionRate));
        facts.addAll(filingFacts);
        facts.addAll(AgencyFacts.of(filing));
        facts.addAll(matches);
        facts.addAll(IotFacts.of(filing, events, reference.portAreas(), reference.listedAreas()));
        List<RuleFinding> findings = session.fire(ruleSet, filing, facts, selection);

        List<ConsignmentFact> consignments = filingFacts.stream().filter(ConsignmentFact.class::isInstance)
                .map(ConsignmentFact.class::cast).toList();
        return Assessment.of(findings.stream().map(RuleFinding::toFinding).sorted(STRONGEST_FIRST).toList(),
                ConsignmentOutcomes.of(consignments, findings), Screening.recorded(matches), ruleSet.version(),
                clock.instant());
    }
}
