package org.portcullis.rules.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.filing.Filing;
import org.portcullis.rules.fact.PartyFact;
import org.portcullis.rules.fact.PartyWatchlistMatch;
import org.portcullis.rules.fact.RuleFinding;
import org.portcullis.rules.screening.PartyWatchlist;

/**
 * Assesses a filing with the live rule set: screens its parties against the watchlists, runs the rules in a
 * fresh session over the filing's facts, and collects the findings they insert.
 */
public class DroolsFilingAssessor implements FilingAssessor {

    /** A rule set that fires more often than this on one filing has a rule that loops; the assessment fails. */
    static final int MAX_RULE_FIRINGS = 100_000;

    private static final Comparator<Finding> STRONGEST_FIRST = Comparator.comparing(Finding::outcome).reversed()
            .thenComparing(Finding::ruleId).thenComparing(finding -> finding.target().reference());

    private final LiveRuleSet liveRuleSet;
    private final Clock clock;

    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock) {
        this.liveRuleSet = liveRuleSet;
        this.clock = clock;
    }

    @Override
    public Assessment assess(Filing filing) {
        RuleSet ruleSet = liveRuleSet.current();
        List<Object> facts = new ArrayList<>(ruleSet.referenceData().facts());
        List<Object> filingFacts = FilingFacts.of(filing);
        facts.addAll(filingFacts);
        facts.addAll(screen(filingFacts, ruleSet.referenceData().partyWatchlist()));

        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            facts.forEach(session::insert);
            int fired = session.fireAllRules(MAX_RULE_FIRINGS);
            if (fired >= MAX_RULE_FIRINGS) {
                throw new IllegalStateException("rule set " + ruleSet.version() + " fired " + fired
                        + " times on filing " + filing.header().lrn() + ": a rule loops");
            }
            List<Finding> findings = session.getObjects(new ClassObjectFilter(RuleFinding.class)).stream()
                    .map(RuleFinding.class::cast).map(RuleFinding::toFinding).sorted(STRONGEST_FIRST).toList();
            return Assessment.of(findings, ruleSet.version(), clock.instant());
        } finally {
            session.dispose();
        }
    }

    private static List<PartyWatchlistMatch> screen(List<Object> facts, PartyWatchlist watchlist) {
        List<PartyWatchlistMatch> matches = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof PartyFact party) {
                watchlist.matches(party.getName(), party.getCountry()).forEach(entry -> matches.add(
                        new PartyWatchlistMatch(party, entry.listName(), entry.entryId(), entry.name())));
            }
        }
        return matches;
    }
}
