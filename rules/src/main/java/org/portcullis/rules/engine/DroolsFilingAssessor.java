package org.portcullis.rules.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.fact.ConsignmentFact;
import org.portcullis.rules.fact.RandomSelection;
import org.portcullis.rules.fact.RuleFinding;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.screening.RedressRecords;
import org.portcullis.rules.screening.RedressRegister;
import org.portcullis.rules.watchlist.OfficialWatchlists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assesses a filing with the live rule set: screens its parties and persons against the rule set's watchlists and
 * the official lists serving now (one snapshot for the whole filing), looks up the history of its persons, runs the
 * rules in a fresh session over the filing's facts, collects the findings they insert, and combines them into one
 * outcome per consignment and for the filing (strongest wins). A rule that loops or throws fails the assessment
 * with an {@link AssessmentFailedException} naming the rule.
 */
public class DroolsFilingAssessor implements FilingAssessor {

    private static final Logger log = LoggerFactory.getLogger(DroolsFilingAssessor.class);

    private static final Comparator<Finding> STRONGEST_FIRST = Comparator.comparing(Finding::outcome).reversed()
            .thenComparing(Finding::ruleId).thenComparing(finding -> finding.target().reference());

    private final LiveRuleSet liveRuleSet;
    private final Clock clock;
    private final PartyHistory partyHistory;
    private final PersonHistoryFacts personHistory;
    private final Screening screening;
    private final OfficialWatchlists officialLists;

    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock) {
        this(liveRuleSet, clock, PartyHistory.NONE, RedressRegister.NONE);
    }

    /** An assessor with the former redress register and neither person history nor official lists. */
    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock, PartyHistory partyHistory,
            RedressRegister redress) {
        this(liveRuleSet, clock, partyHistory, PersonHistory.NONE, redress);
    }

    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock, PartyHistory partyHistory,
            PersonHistory personHistory, RedressRegister redress) {
        this(liveRuleSet, clock, new Sources(partyHistory, personHistory, RedressRecords.of(redress),
                new OfficialWatchlists()));
    }

    /** An assessor reading the histories, redress records and official lists through these ports. */
    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock, Sources sources) {
        this.liveRuleSet = liveRuleSet;
        this.clock = clock;
        this.partyHistory = sources.partyHistory();
        this.personHistory = new PersonHistoryFacts(sources.personHistory());
        this.screening = new Screening(sources.redress());
        this.officialLists = sources.officialLists();
    }

    /** Where an assessment reads beyond the filing and the rule set. */
    public record Sources(PartyHistory partyHistory, PersonHistory personHistory, RedressRecords redress,
            OfficialWatchlists officialLists) {
    }

    @Override
    public Assessment assess(Mrn mrn, Filing filing) {
        return assess(liveRuleSet.current(), mrn, filing);
    }

    /**
     * Assesses with the given rule set rather than the live one (scenarios, backtests of a draft). Without an MRN
     * nothing is drawn by random selection.
     */
    public Assessment assess(RuleSet ruleSet, Mrn mrn, Filing filing) {
        String mrnText = mrn == null ? "" : mrn.value();
        double selectionRate = mrn == null ? 0 : ruleSet.referenceData().randomSelectionRate();
        ReferenceData reference = ruleSet.referenceData();
        Set<String> seen = partyHistory.seenBefore(FilingFacts.consignorKeys(filing), mrnText);
        List<Object> filingFacts = FilingFacts.of(filing,
                key -> !seen.contains(key) && !reference.knownTraders().contains(key));
        Screening.Result screened = screening.screen(filingFacts, reference, officialLists.current(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        List<Object> matches = screened.matches();

        List<Object> facts = new ArrayList<>(reference.facts());
        facts.add(new RandomSelection(mrnText, selectionRate));
        facts.addAll(filingFacts);
        facts.addAll(personHistory.of(filingFacts, mrnText));
        facts.addAll(matches);
        List<RuleFinding> findings = fire(ruleSet, filing, facts);

        List<ConsignmentFact> consignments = filingFacts.stream().filter(ConsignmentFact.class::isInstance)
                .map(ConsignmentFact.class::cast).toList();
        return Assessment.of(findings.stream().map(RuleFinding::toFinding).sorted(STRONGEST_FIRST).toList(),
                ConsignmentOutcomes.of(consignments, findings), Screening.recorded(matches), screened.setAside(),
                ruleSet.version(), clock.instant());
    }

    private static List<RuleFinding> fire(RuleSet ruleSet, Filing filing, List<Object> facts) {
        KieSession session = ruleSet.kieBase().newKieSession();
        RuleFiringGuard guard = new RuleFiringGuard(facts.size());
        session.addEventListener(guard);
        try {
            facts.forEach(session::insert);
            int fired = session.fireAllRules(guard.limit());
            if (fired >= guard.limit()) {
                throw looping(ruleSet, filing, guard);
            }
            return session.getObjects(new ClassObjectFilter(RuleFinding.class)).stream()
                    .map(RuleFinding.class::cast).toList();
        } catch (ConsequenceException e) {
            Rule rule = e.getMatch() == null ? null : e.getMatch().getRule();
            String message = "rule " + describe(rule) + " of rule set " + ruleSet.version() + " failed on filing "
                    + filing.header().lrn() + ": " + e.getCause();
            log.error(message);
            throw new AssessmentFailedException(idOf(rule), RuleSetCompiler.fileOf(rule), message, e);
        } finally {
            session.dispose();
        }
    }

    private static AssessmentFailedException looping(RuleSet ruleSet, Filing filing, RuleFiringGuard guard) {
        Rule rule = guard.loopingRule();
        String message = "rule " + describe(rule) + " of rule set " + ruleSet.version() + " fired "
                + guard.firingsOf(rule) + " times on filing " + filing.header().lrn()
                + " (limit " + guard.limit() + " firings in all): it loops";
        log.error(message);
        return new AssessmentFailedException(idOf(rule), RuleSetCompiler.fileOf(rule), message, null);
    }

    private static String describe(Rule rule) {
        return rule == null ? "(unknown)" : "\"" + rule.getName() + "\" (" + RuleSetCompiler.fileOf(rule) + ")";
    }

    private static String idOf(Rule rule) {
        if (rule == null) {
            return "";
        }
        var matcher = RuleSetCompiler.RULE_NAME.matcher(rule.getName());
        return matcher.matches() ? matcher.group(1) : rule.getName();
    }
}
