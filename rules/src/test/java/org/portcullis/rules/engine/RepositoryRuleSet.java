package org.portcullis.rules.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.fact.RandomSelection;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.screening.RedressRegister;

/** The repository's rule set, compiled once for all rule tests, and assessments with it. */
public final class RepositoryRuleSet {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private static final RuleSet RULE_SET = new RuleSetCompiler(CLOCK)
            .compile(RuleSources.fromDirectory(Path.of("ruleset")));

    private RepositoryRuleSet() {
    }

    public static RuleSet ruleSet() {
        return RULE_SET;
    }

    /** The border police's assessment: the persons folder only (customs' main assessment leaves it out). */
    public static final RuleSelection PERSONS = RuleSelection.folders(Set.of("persons"));

    /** Assesses with every consignor known before and no redress, under an MRN random selection does not draw. */
    public static Assessment assess(Filing filing) {
        return assessor(PartyHistory.NONE, RedressRegister.NONE).assess(RULE_SET, unselectedMrn(filing), filing);
    }

    public static DroolsFilingAssessor assessor(PartyHistory history, RedressRegister redress) {
        PartyHistory known = history == PartyHistory.NONE ? (keys, mrn) -> Set.copyOf(keys) : history;
        return new DroolsFilingAssessor(new LiveRuleSet(RULE_SET), CLOCK, known, redress);
    }

    /** The persons rules' assessment (border police's folder) with no history of persons and no redress. */
    public static Assessment assessPersons(Filing filing) {
        return assessPersons(filing, PersonHistory.NONE);
    }

    /** The persons rules' assessment (border police's folder) with this history of persons and no redress. */
    public static Assessment assessPersons(Filing filing, PersonHistory persons) {
        return new DroolsFilingAssessor(new LiveRuleSet(RULE_SET), CLOCK, (keys, mrn) -> Set.copyOf(keys), persons,
                RedressRegister.NONE).assess(RULE_SET, unselectedMrn(filing), filing, PERSONS);
    }

    /** The first MRN under which random selection draws none of the filing's consignments. */
    public static Mrn unselectedMrn(Filing filing) {
        return mrn(filing, false);
    }

    /** The first MRN under which random selection draws every consignment of the filing. */
    public static Mrn selectedMrn(Filing filing) {
        return mrn(filing, true);
    }

    private static Mrn mrn(Filing filing, boolean drawn) {
        double rate = RULE_SET.referenceData().randomSelectionRate();
        for (long serial = 1; serial < 1_000_000; serial++) {
            Mrn mrn = Mrn.issue(26, CountryCode.of("NL"), serial);
            RandomSelection selection = new RandomSelection(mrn.value(), rate);
            if (filing.consignments().stream().allMatch(c -> selection.selects(c.transportDocumentNumber()) == drawn)) {
                return mrn;
            }
        }
        throw new IllegalStateException("no MRN found");
    }
}
