package org.portcullis.risk.bench;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.portcullis.risk.backtest.Backtest;
import org.portcullis.risk.backtest.BacktestReport;
import org.portcullis.risk.backtest.Strategy;
import org.portcullis.risk.backtest.StrategyResult;
import org.portcullis.risk.feature.ConsignmentFeatures;
import org.portcullis.risk.generate.GeneratorSettings;
import org.portcullis.risk.generate.VisibleOdds;
import org.portcullis.risk.generate.HistoryGenerator;
import org.portcullis.risk.history.History;
import org.portcullis.risk.scoring.RiskModel;
import org.portcullis.risk.train.Auc;
import org.portcullis.risk.train.FeatureTable;
import org.portcullis.risk.train.LabelledConsignment;
import org.portcullis.risk.train.ModelTrainer;
import org.portcullis.risk.train.TrainingOptions;
import org.portcullis.risk.train.TrainingWindows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model's quality on held-out generated history for several seeds of the generated world, for the standard
 * training and for what each change of features-2 and of the training options gave, with three ceilings per seed
 * (docs/risk-model.md, "What each change gave" and "Is the ceiling right?"). Seeds from {@code -Drisk.seeds} (default
 * 42,7); {@code -Drisk.variants} (parts of variant names, comma-separated) runs only those variants. Every variant but
 * the bagged standard and "as if everyone had been inspected" is one booster (the rows measured before bagged
 * boosting, 2026-12-06), so their figures stay comparable with the ones recorded. Run with
 * {@code mvn -B -pl risk -am -Pbench verify -Dtest=RiskQualityBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * figures in the log and target/benchmark/risk-quality.txt.
 */
class RiskQualityBenchmark {

    private static final Logger log = LoggerFactory.getLogger(RiskQualityBenchmark.class);
    private static final BenchLines FIGURES = new BenchLines(log, "risk-quality.txt");

    private static final TrainingOptions STANDARD = TrainingOptions.standard();
    /** The standard's settings as one booster on all inspections (the standard before bagged boosting). */
    private static final TrainingOptions SINGLE = STANDARD.withBagSize(1);
    /** The options of features-1 (before monotone constraints and half samples). */
    private static final TrainingOptions BEFORE = new TrainingOptions(4, 0.05, 300, 1, 0.8, 0.8, 7, 1, 30, 40, false);

    private record Variant(String name, UnaryOperator<ConsignmentFeatures> features, TrainingOptions options,
            boolean everyoneInspected) {

        Variant(String name, UnaryOperator<ConsignmentFeatures> features, TrainingOptions options) {
            this(name, features, options, false);
        }
    }

    @Test
    void qualityPerSeedAndPerChange() {
        List<Variant> variants = List.of(
                new Variant("features-1 columns, features-1 options", RiskQualityBenchmark::withoutRates, BEFORE),
                new Variant("+ monotone constraints", RiskQualityBenchmark::withoutRates, monotone(BEFORE)),
                new Variant("+ half samples (subsample, column sample 0.5)", RiskQualityBenchmark::withoutRates,
                        SINGLE),
                new Variant("+ finding rate of similar consignments (features-2)",
                        RiskQualityBenchmark::withoutDocumentHistory, SINGLE),
                new Variant("+ earlier document omissions (features-3)", RiskQualityBenchmark::withoutRulesLane,
                        SINGLE),
                new Variant("+ the lane the rules alone gave (features-4, one booster)", UnaryOperator.identity(),
                        SINGLE),
                new Variant("+ bagged boosting of 10 (features-4 bagged, the standard)", UnaryOperator.identity(),
                        STANDARD),
                new Variant("standard without monotone constraints", UnaryOperator.identity(),
                        new TrainingOptions(4, 0.05, 300, 1, 0.5, 0.5, 7, 1, 30, 40, false)),
                new Variant("standard with learning rate 0.025 and 600 rounds", UnaryOperator.identity(),
                        new TrainingOptions(4, 0.025, 600, 1, 0.5, 0.5, 7, 1, 30, 40, true)),
                new Variant("standard with column sample 0.3", UnaryOperator.identity(),
                        new TrainingOptions(4, 0.05, 300, 1, 0.5, 0.3, 7, 1, 30, 40, true)),
                new Variant("standard with depth 6", UnaryOperator.identity(),
                        new TrainingOptions(6, 0.05, 300, 1, 0.5, 0.5, 7, 1, 30, 40, true)),
                new Variant("standard with a wider vocabulary (values seen 10 times, at most 80)",
                        UnaryOperator.identity(), new TrainingOptions(4, 0.05, 300, 1, 0.5, 0.5, 7, 1, 10, 80, true)),
                new Variant("standard trained as if everyone had been inspected", UnaryOperator.identity(), STANDARD,
                        true));
        String only = System.getProperty("risk.variants", "");
        if (!only.isBlank()) {
            List<String> names = Arrays.stream(only.split(",")).map(String::trim).toList();
            variants = variants.stream().filter(v -> names.stream().anyMatch(v.name()::contains)).toList();
        }
        Map<String, double[]> aucs = new LinkedHashMap<>();
        String[] seeds = System.getProperty("risk.seeds", "42,7").split(",");
        for (String s : seeds) {
            long seed = Long.parseLong(s.trim());
            History history = new HistoryGenerator().generate(settings(seed));
            TrainingWindows windows = TrainingWindows.of(history);
            List<LabelledConsignment> training = FeatureTable.of(history, windows.trainFrom(), windows.testFrom());
            List<LabelledConsignment> heldOut = FeatureTable.of(history, windows.testFrom(), windows.to());
            ceilings(seed, history, training, heldOut);
            for (int v = 0; v < variants.size(); v++) {
                Variant variant = variants.get(v);
                List<LabelledConsignment> rows = variant.everyoneInspected()
                        ? training.stream().map(RiskBenchmark::asIfInspected).toList() : training;
                RiskModel model = new ModelTrainer(Clock.systemUTC()).train(map(rows, variant.features()),
                        windows.trainFrom(), windows.testFrom(), variant.options());
                BacktestReport report = new Backtest().run(model, map(heldOut, variant.features()),
                        windows.testFrom(), windows.to());
                StrategyResult m = report.result(Strategy.MODEL);
                StrategyResult rules = report.result(Strategy.RULES);
                line("seed %d | %-55s | AUC %.3f | caught %3.0f of %.0f at capacity %,d | hit rate %.1f %% | recall"
                        + " %.1f %% | rules caught %.0f, AUC %.3f", seed, variant.name(), m.auc(), m.caught(),
                        report.findable(), report.capacity(), 100 * m.hitRate(), 100 * m.recall(), rules.caught(),
                        rules.auc());
                aucs.computeIfAbsent(variant.name(), k -> new double[seeds.length])[Arrays.asList(seeds).indexOf(s)]
                        = m.auc();
            }
        }
        aucs.forEach((name, values) -> line("mean AUC over seeds %s | %-55s | %.3f", String.join(",", seeds), name,
                Arrays.stream(values).average().orElse(Double.NaN)));
    }

    /**
     * The world's own odds, its odds of what is visible before arrival ({@link VisibleOdds#of}) and the same with
     * the posterior chance of the hidden traits given the records ({@link VisibleOdds#posterior}), and where the
     * held-out findings come from.
     */
    private static void ceilings(long seed, History history, List<LabelledConsignment> training,
            List<LabelledConsignment> heldOut) {
        long inspected = training.stream().filter(l -> l.record().inspected()).count();
        long found = training.stream().filter(l -> l.record().inspected() && l.record().inspection().found()).count();
        double findingRate = (double) found / inspected;
        boolean[] truth = new boolean[heldOut.size()];
        double[] odds = new double[heldOut.size()];
        double[] visible = new double[heldOut.size()];
        double[] posterior = new double[heldOut.size()];
        double[] habits = new double[heldOut.size()];
        double hidden = 0;
        int findings = 0;
        for (int i = 0; i < truth.length; i++) {
            LabelledConsignment l = heldOut.get(i);
            truth[i] = l.record().wouldFind();
            findings += truth[i] ? 1 : 0;
            odds[i] = l.record().odds();
            visible[i] = VisibleOdds.of(l.features(), l.record(), history.watchlistCloseness());
            posterior[i] = VisibleOdds.posterior(l.features(), l.record(), history.watchlistCloseness(), findingRate);
            habits[i] = VisibleOdds.posteriorWithHabits(l.features(), l.record(), history.watchlistCloseness(),
                    findingRate);
            hidden += odds[i] - visible[i];
        }
        double all = Arrays.stream(odds).sum();
        line("seed %d | held out %,d consignments, %d would be found (%.2f %%); training: %,d inspected, %d found"
                + " (%.1f %%); share of the world's odds held by hidden traits or value seen only by the generator"
                + " %.0f %%", seed, truth.length, findings, 100.0 * findings / truth.length, inspected, found,
                100 * findingRate, 100 * hidden / all);
        line("seed %d | ceilings: the world's odds AUC %.3f; its odds of what is visible before arrival AUC %.3f;"
                + " the same with the hidden traits' posterior from the records AUC %.3f; and from the document"
                + " habits too AUC %.3f", seed, Auc.of(odds, truth), Auc.of(visible, truth), Auc.of(posterior, truth),
                Auc.of(habits, truth));
    }

    /** The standard history, or one of {@code -Drisk.days} days at call scale {@code -Drisk.scale}. */
    private static GeneratorSettings settings(long seed) {
        GeneratorSettings standard = GeneratorSettings.standard(seed);
        return new GeneratorSettings(seed, standard.start(),
                Integer.getInteger("risk.days", standard.days()),
                Double.parseDouble(System.getProperty("risk.scale", String.valueOf(standard.callScale()))));
    }

    private static TrainingOptions monotone(TrainingOptions o) {
        return new TrainingOptions(o.maxDepth(), o.eta(), o.rounds(), o.minChildWeight(), o.subsample(),
                o.columnSample(), o.seed(), o.threads(), o.vocabularyMinCount(), o.vocabularyMax(), true);
    }

    private static List<LabelledConsignment> map(List<LabelledConsignment> rows, UnaryOperator<ConsignmentFeatures> f) {
        return rows.stream().map(l -> new LabelledConsignment(f.apply(l.features()), l.record())).toList();
    }

    /** Columns never filled are never split on: the model is the one without them. */
    private static ConsignmentFeatures withoutRates(ConsignmentFeatures f) {
        return new ConsignmentFeatures(f.consignment(), f.placeOfLoading(), f.origin(), f.lastPortCountry(),
                f.previousPorts(), f.transhipped(), f.chapters(), f.grossMassKg(), f.packages(), f.goodsItems(),
                f.containers(), f.valuePerKg(), f.valueCheck(), f.consignor(), f.consignee(), f.consigneeNewRoute(),
                f.carrier(), f.containerHistory(), f.consigneeIdentifierMissing(), f.notifyPartyMissing(),
                f.unsealedContainerShare(), f.dangerousGoodsItems(), f.watchlistCloseness(), f.filingLeadHours(),
                null, null, null, null);
    }

    /** features-2: without the consignor's and the containers' earlier document omissions. */
    private static ConsignmentFeatures withoutDocumentHistory(ConsignmentFeatures f) {
        return new ConsignmentFeatures(f.consignment(), f.placeOfLoading(), f.origin(), f.lastPortCountry(),
                f.previousPorts(), f.transhipped(), f.chapters(), f.grossMassKg(), f.packages(), f.goodsItems(),
                f.containers(), f.valuePerKg(), f.valueCheck(), f.consignor(), f.consignee(), f.consigneeNewRoute(),
                f.carrier(), f.containerHistory(), f.consigneeIdentifierMissing(), f.notifyPartyMissing(),
                f.unsealedContainerShare(), f.dangerousGoodsItems(), f.watchlistCloseness(), f.filingLeadHours(),
                f.similar(), null, null, null);
    }

    /** features-3: without the lane the rules alone gave. */
    private static ConsignmentFeatures withoutRulesLane(ConsignmentFeatures f) {
        return new ConsignmentFeatures(f.consignment(), f.placeOfLoading(), f.origin(), f.lastPortCountry(),
                f.previousPorts(), f.transhipped(), f.chapters(), f.grossMassKg(), f.packages(), f.goodsItems(),
                f.containers(), f.valuePerKg(), f.valueCheck(), f.consignor(), f.consignee(), f.consigneeNewRoute(),
                f.carrier(), f.containerHistory(), f.consigneeIdentifierMissing(), f.notifyPartyMissing(),
                f.unsealedContainerShare(), f.dangerousGoodsItems(), f.watchlistCloseness(), f.filingLeadHours(),
                f.similar(), f.consignorNotifyParties(), f.containerSeals(), null);
    }

    private static void line(String format, Object... args) {
        FIGURES.line(format, args);
    }
}
