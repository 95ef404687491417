package org.portcullis.rules.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.Packages;
import org.portcullis.model.risk.RiskScore;
import org.portcullis.model.risk.RiskScores;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.HsCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.model.value.UnLocode;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.PartyHistory;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.rules.engine.TestFilings;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.screening.RedressRegister;

/**
 * What a live risk model costs the rules per filing: the rules first assess without scores (the lane they alone give
 * is the model's feature), then again with the scores. Assesses a filing of 22 consignments (a generated call's
 * mean) with no model and with a model that scores every consignment (a fixed score, so that only the rules are
 * measured, not the booster), taking turns. Run with {@code mvn -B -pl rules -am -Pbench verify
 * -Dtest=RiskScorePassBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; figures in target/benchmark/rules.txt.
 */
class RiskScorePassBenchmark {

    private static final int CONSIGNMENTS = 22;
    private static final int PER_ROUND = 200;
    private static final int ROUNDS = 25;
    private static final String[] PORTS = {"CNSHA", "SGSIN", "ECGYE", "COCTG", "AEJEA", "TRMER", "USNYC", "BRSSZ"};
    private static final String[] HS = {"940511", "850440", "630221", "080390", "090111", "610910", "871200"};

    @Test
    void assessWithAndWithoutALiveModel() {
        RuleSet ruleSet = new RuleSetCompiler(Clock.systemUTC()).compile(RuleSources.fromDirectory(Path.of("ruleset")));
        Filing filing = TestFilings.filing(consignments(new Random(7)));
        Mrn mrn = Mrn.issue(26, CountryCode.of("NL"), 4242);
        RiskScores scoring = (m, f) -> f.consignments().stream()
                .map(c -> new RiskScore(c.transportDocumentNumber(), 0.2, "m-0001", List.of())).toList();
        DroolsFilingAssessor alone = assessor(ruleSet, RiskScores.NONE);
        DroolsFilingAssessor withModel = assessor(ruleSet, scoring);
        List<Supplier<?>> works = List.of(() -> repeat(alone, mrn, filing), () -> repeat(withModel, mrn, filing));
        BenchmarkReport.interleaved(5, works);

        List<BenchmarkReport.Timings<Object>> timings = BenchmarkReport.interleaved(ROUNDS, works);
        double aloneWall = BenchmarkReport.median(timings.get(0).wall()) * 1000 / PER_ROUND;
        double modelWall = BenchmarkReport.median(timings.get(1).wall()) * 1000 / PER_ROUND;
        double aloneCpu = BenchmarkReport.median(timings.get(0).cpu()) * 1000 / PER_ROUND;
        double modelCpu = BenchmarkReport.median(timings.get(1).cpu()) * 1000 / PER_ROUND;
        BenchmarkReport.line("Risk score pass: one filing of %d consignments, %d rules; per assessment median wall"
                + " %.0f us with no model, %.0f us with a live model (rules alone, then with the scores; x %.2f); CPU of the"
                + " assessing thread and its rule session worker %.0f us against %.0f us (x %.2f)", CONSIGNMENTS,
                ruleSet.rules().size(), aloneWall, modelWall, modelWall / aloneWall, aloneCpu, modelCpu,
                modelCpu / aloneCpu);
    }

    private static DroolsFilingAssessor assessor(RuleSet ruleSet, RiskScores scores) {
        return new DroolsFilingAssessor(new LiveRuleSet(ruleSet), Clock.systemUTC(), DroolsFilingAssessor.Sources.of(
                PartyHistory.NONE, PersonHistory.NONE, RedressRegister.NONE), scores);
    }

    private static Object repeat(DroolsFilingAssessor assessor, Mrn mrn, Filing filing) {
        Object last = null;
        for (int i = 0; i < PER_ROUND; i++) {
            last = assessor.assess(mrn, filing);
        }
        return last;
    }

    private static List<Consignment> consignments(Random random) {
        List<Consignment> consignments = new ArrayList<>(CONSIGNMENTS);
        for (int i = 0; i < CONSIGNMENTS; i++) {
            GoodsItem item = new GoodsItem(1, "Goods of kind " + random.nextInt(500),
                    HsCode.of(HS[random.nextInt(HS.length)]), new Packages(1 + random.nextInt(500), "CT"),
                    BigDecimal.valueOf(100 + random.nextInt(20_000)), List.of(), null);
            consignments.add(new Consignment("BL" + i, TestFilings.party("Shipper " + random.nextInt(50)
                    + " Trading Ltd", "CN"), TestFilings.party("Consignee " + i + " BV", "NL"), null,
                    UnLocode.of(PORTS[random.nextInt(PORTS.length)]), UnLocode.of("NLRTM"), List.of(item), List.of()));
        }
        return consignments;
    }
}
