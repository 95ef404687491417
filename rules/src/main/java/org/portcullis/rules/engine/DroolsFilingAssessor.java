package org.portcullis.rules.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.certificate.CertificateCheck;
import org.portcullis.model.certificate.ShipCertificateChecks;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.iot.CaseEvents;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.risk.RiskScore;
import org.portcullis.model.risk.RiskScores;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.fact.CertificateFact;
import org.portcullis.rules.fact.ConsignmentFact;
import org.portcullis.rules.fact.PartyFact;
import org.portcullis.rules.fact.PersonFact;
import org.portcullis.rules.fact.RandomSelection;
import org.portcullis.rules.fact.RiskScoreFact;
import org.portcullis.rules.fact.RuleFinding;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.iot.IotFacts;
import org.portcullis.rules.iot.VesselSilentAfter;
import org.portcullis.rules.screening.RedressRecords;
import org.portcullis.rules.screening.RedressRegister;
import org.portcullis.rules.watchlist.OfficialWatchlists;

/**
 * Assesses a filing with the live rule set: screens its parties and persons against the rule set's watchlists and
 * the official lists serving now (one snapshot for the whole filing), looks up the history of its persons, runs the
 * rules in a fresh session over the filing's facts, those of its case's sensor events ({@link CaseEvents}) and the
 * live risk model's scores ({@link RiskScores}, as {@link RiskScoreFact}s) and the checks of its ship certificates
 * ({@link ShipCertificateChecks}, as {@link CertificateFact}s), collects the findings they insert, and
 * combines them into one outcome per consignment and for the filing (strongest wins). The rules first assess
 * without scores; the lane they alone give each consignment (random selection left out) is recorded with its
 * outcome and handed to the model, which may read it as a feature; only if the model then gives scores do the rules
 * assess again with them (one more session for a filing a live model scores). A rule that loops, throws or runs past the time limit ({@link AssessmentTimeLimit},
 * {@link RuleSession}) fails the assessment with an {@link AssessmentFailedException} naming the rule.
 */
public class DroolsFilingAssessor implements FilingAssessor {

    private static final Comparator<Finding> STRONGEST_FIRST = Comparator.comparing(Finding::outcome).reversed()
            .thenComparing(Finding::ruleId).thenComparing(finding -> finding.target().reference());

    private final LiveRuleSet liveRuleSet;
    private final Clock clock;
    private final PartyHistory partyHistory;
    private final PersonHistoryFacts personHistory;
    private final Screening screening;
    private final OfficialWatchlists officialLists;
    private final CaseEvents caseEvents;
    private final RuleSession session;
    private final RiskScores riskScores;
    private final ShipCertificateChecks certificateChecks;
    private final VesselSilentAfter vesselSilentAfter;
    /**
     * The facts each filing alone gives, worked out once for all of its assessments: they receive the same filing
     * object (the case store hands out the one it parsed). Keyed by identity: a filing's own hash code walks all of
     * it, and the cache's frequency sketch asks for a key's hash on every look-up.
     */
    private final Cache<SameFiling, FilingFacts> preparedFacts = Caffeine.newBuilder().maximumSize(256)
            .executor(Runnable::run).build();

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
        this(liveRuleSet, clock, Sources.of(partyHistory, personHistory, redress));
    }

    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock, PartyHistory partyHistory,
            RedressRegister redress, AssessmentTimeLimit timeLimit) {
        this(liveRuleSet, clock, Sources.of(partyHistory, PersonHistory.NONE, redress).with(timeLimit));
    }

    /** An assessor that also takes the sensor events of each case (attached to its containers and vessel). */
    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock, PartyHistory partyHistory,
            RedressRegister redress, CaseEvents caseEvents) {
        this(liveRuleSet, clock, Sources.of(partyHistory, PersonHistory.NONE, redress).with(caseEvents));
    }

    /** An assessor reading the histories, redress records, official lists and sensor events through these ports. */
    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock, Sources sources) {
        this(liveRuleSet, clock, sources, RiskScores.NONE);
    }

    /** An assessor that also gives the rules the live risk model's score of each consignment. */
    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock, Sources sources, RiskScores riskScores) {
        this(liveRuleSet, clock, sources, riskScores, ShipCertificateChecks.NONE);
    }

    /** An assessor that also gives the rules the authority's checks of the ship certificates a filing refers to. */
    public DroolsFilingAssessor(LiveRuleSet liveRuleSet, Clock clock, Sources sources, RiskScores riskScores,
            ShipCertificateChecks certificateChecks) {
        this.riskScores = riskScores;
        this.certificateChecks = certificateChecks;
        this.liveRuleSet = liveRuleSet;
        this.clock = clock;
        this.partyHistory = sources.partyHistory();
        this.personHistory = new PersonHistoryFacts(sources.personHistory());
        this.screening = new Screening(sources.redress());
        this.officialLists = sources.officialLists();
        this.caseEvents = sources.caseEvents();
        this.vesselSilentAfter = sources.vesselSilentAfter();
        this.session = new RuleSession(sources.timeLimit(), SessionWorkers.SHARED);
    }

    /** Where an assessment reads beyond the filing and the rule set, and how long its rules may run. */
    public record Sources(PartyHistory partyHistory, PersonHistory personHistory, RedressRecords redress,
            OfficialWatchlists officialLists, CaseEvents caseEvents, AssessmentTimeLimit timeLimit,
            VesselSilentAfter vesselSilentAfter) {

        /** These histories, redress records and official lists, no sensor events, the default time limit. */
        public Sources(PartyHistory partyHistory, PersonHistory personHistory, RedressRecords redress,
                OfficialWatchlists officialLists) {
            this(partyHistory, personHistory, redress, officialLists, CaseEvents.NONE, AssessmentTimeLimit.DEFAULT,
                    VesselSilentAfter.DEFAULT);
        }

        /** These histories and redress register, no official list, no sensor events, the default time limit. */
        public static Sources of(PartyHistory partyHistory, PersonHistory personHistory, RedressRegister redress) {
            return new Sources(partyHistory, personHistory, RedressRecords.of(redress), new OfficialWatchlists(),
                    CaseEvents.NONE, AssessmentTimeLimit.DEFAULT, VesselSilentAfter.DEFAULT);
        }

        public Sources with(CaseEvents events) {
            return new Sources(partyHistory, personHistory, redress, officialLists, events, timeLimit,
                    vesselSilentAfter);
        }

        public Sources with(AssessmentTimeLimit limit) {
            return new Sources(partyHistory, personHistory, redress, officialLists, caseEvents, limit,
                    vesselSilentAfter);
        }

        /** How long a vessel must be silent before the assessment sees {@code VesselSilent} (12 hours by default). */
        public Sources with(VesselSilentAfter silentAfter) {
            return new Sources(partyHistory, personHistory, redress, officialLists, caseEvents, timeLimit,
                    silentAfter);
        }
    }

    @Override
    public Assessment assess(Mrn mrn, Filing filing) {
        return assess(liveRuleSet.current(), mrn, filing, caseEvents.of(mrn, filing), RuleSelection.DEFAULT,
                lanes -> riskScores.of(mrn, filing, lanes), certificateChecks.of(filing));
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
     * Assesses with only the selected rules of the rule set (an agency's folders); persons (parties) are screened
     * only when one of them reads persons' (parties') watchlist matches; the main assessment always screens parties.
     */
    public Assessment assess(RuleSet ruleSet, Mrn mrn, Filing filing, RuleSelection selection) {
        return assess(ruleSet, mrn, filing, List.of(), selection);
    }

    /** Assesses with the selected rules of the rule set and these sensor events. */
    public Assessment assess(RuleSet ruleSet, Mrn mrn, Filing filing, List<IotEvent> events,
            RuleSelection selection) {
        return assess(ruleSet, mrn, filing, events, selection, List.of());
    }

    /** Assesses with the selected rules, these sensor events and these risk scores of the filing's consignments. */
    public Assessment assess(RuleSet ruleSet, Mrn mrn, Filing filing, List<IotEvent> events,
            RuleSelection selection, List<RiskScore> scores) {
        return assess(ruleSet, mrn, filing, events, selection, scores, List.of());
    }

    /** Assesses as above, also with the authority's checks of the filing's ship certificates. */
    public Assessment assess(RuleSet ruleSet, Mrn mrn, Filing filing, List<IotEvent> events,
            RuleSelection selection, List<RiskScore> scores, List<CertificateCheck> certificates) {
        return assess(ruleSet, mrn, filing, events, selection, lanes -> scores, certificates);
    }

    /** The party keys of the filing's consignors ({@link PartyKeys}), as its assessments work them out. */
    public Set<String> consignorKeys(Filing filing) {
        return prepared(filing).consignorKeys();
    }

    private FilingFacts prepared(Filing filing) {
        return preparedFacts.get(new SameFiling(filing), key -> FilingFacts.of(key.filing()));
    }

    /** {@code scoring}: the scores, given the lane the rules alone gave each consignment (empty: none). */
    private Assessment assess(RuleSet ruleSet, Mrn mrn, Filing filing, List<IotEvent> events,
            RuleSelection selection, Function<Map<String, Lane>, List<RiskScore>> scoring,
            List<CertificateCheck> certificates) {
        String mrnText = mrn == null ? "" : mrn.value();
        double selectionRate = mrn == null ? 0 : ruleSet.referenceData().randomSelectionRate();
        ReferenceData reference = ruleSet.referenceData();
        FilingFacts prepared = prepared(filing);
        Set<String> seen = selection.readsParties(ruleSet)
                ? partyHistory.seenBefore(prepared.consignorKeys(), mrnText) : Set.of();
        boolean parties = selection.screensParties(ruleSet);
        boolean persons = selection.screensPersons(ruleSet);
        List<Object> filingFacts = prepared.facts(filing,
                key -> !seen.contains(key) && !reference.knownTraders().contains(key),
                persons || selection.readsPersons(ruleSet));
        List<Object> screenedFacts = filingFacts.stream().filter(fact -> fact instanceof PartyFact ? parties
                : fact instanceof PersonFact && persons).toList();
        Screening.Result screened = screenedFacts.isEmpty() ? new Screening.Result(List.of(), List.of())
                : screening.screen(screenedFacts, prepared.partyNames(), reference, officialLists.current(),
                        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        List<Object> matches = screened.matches();

        List<Object> facts = new ArrayList<>(reference.facts());
        facts.add(new RandomSelection(mrnText, selectionRate));
        facts.addAll(filingFacts);
        facts.addAll(prepared.agencyFacts());
        facts.addAll(personHistory.of(filingFacts, mrnText));
        facts.addAll(matches);
        facts.addAll(IotFacts.of(filing, events, reference.portAreas(), reference.listedAreas(), clock.instant(),
                vesselSilentAfter));
        certificates.forEach(check -> facts.add(new CertificateFact(check, filing.vessel().imoNumber().toString())));
        List<RuleFinding> findings = session.fire(ruleSet, filing, facts, selection);

        List<ConsignmentFact> consignments = filingFacts.stream().filter(ConsignmentFact.class::isInstance)
                .map(ConsignmentFact.class::cast).toList();
        Map<String, Lane> rulesLanes = ConsignmentOutcomes.rulesLanes(consignments, findings);
        List<RiskScore> scores = scoring.apply(rulesLanes);
        if (!scores.isEmpty()) {
            List<Object> scored = new ArrayList<>(facts);
            scores.forEach(score -> scored.add(new RiskScoreFact(score)));
            findings = session.fire(ruleSet, filing, scored, selection);
        }
        return Assessment.of(findings.stream().map(RuleFinding::toFinding).sorted(STRONGEST_FIRST).toList(),
                ConsignmentOutcomes.of(consignments, findings, rulesLanes), Screening.recorded(matches),
                screened.setAside(), ruleSet.version(), clock.instant());
    }

    /** A filing compared by identity, not by its contents. */
    private record SameFiling(Filing filing) {

        @Override
        public boolean equals(Object other) {
            return other instanceof SameFiling same && same.filing == filing;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(filing);
        }
    }
}
