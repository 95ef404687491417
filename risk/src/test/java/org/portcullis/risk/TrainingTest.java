package org.portcullis.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.risk.RiskReason;
import org.portcullis.model.risk.RiskScore;
import org.portcullis.risk.backtest.BacktestReport;
import org.portcullis.risk.backtest.Strategy;
import org.portcullis.risk.backtest.StrategyResult;
import org.portcullis.risk.feature.ConsignmentFeatures;
import org.portcullis.risk.feature.DocumentRecord;
import org.portcullis.risk.history.CallRecord;
import org.portcullis.risk.scoring.FilingScorer;
import org.portcullis.risk.scoring.RiskModel;
import org.portcullis.risk.train.FeatureTable;
import org.portcullis.risk.train.LabelledConsignment;
import org.portcullis.risk.train.TrainingOptions;

/** Training on generated history: the model beats chance and the rules at the same capacity, and explains itself. */
class TrainingTest {

    private final RiskAnalysis.TrainingRun run = GeneratedWorld.trained();

    @Test
    void theModelCatchesMoreThanRandomPicksAndMoreThanTheRulesAtTheSameCapacity() {
        BacktestReport report = run.backtest();
        StrategyResult model = report.result(Strategy.MODEL);
        StrategyResult rules = report.result(Strategy.RULES);
        double random = report.capacity() * report.findable() / report.consignments();

        assertThat(model.capacity()).isEqualTo(rules.capacity()).isEqualTo(report.capacity());
        assertThat(model.caught()).isGreaterThan(3 * random);
        assertThat(model.caught()).isGreaterThan(1.5 * rules.caught());
        assertThat(model.auc()).isGreaterThan(0.76).isGreaterThan(rules.auc() + 0.1);
        assertThat(model.hitRate()).isEqualTo(model.caught() / report.capacity(), within(1e-9));
    }

    @Test
    void theBacktestReplaysOnlyFilingsLaterThanAnyTheModelLearnedFrom() {
        assertThat(run.model().metadata().windowTo()).isEqualTo(run.windows().testFrom());
        assertThat(run.backtest().from()).isEqualTo(run.windows().testFrom());
        assertThat(run.model().metadata().inspected()).isPositive().isLessThan(run.model().metadata().consignments());
    }

    @Test
    void theModelRanksHeldOutFilingsBetterThanTheAdditiveBaseline() {
        RiskAnalysis.TrainingRun baseline = GeneratedWorld.ANALYSIS.train(GeneratedWorld.HISTORY,
                TrainingOptions.additive());

        assertThat(run.backtest().result(Strategy.MODEL).auc())
                .isGreaterThan(baseline.backtest().result(Strategy.MODEL).auc());
    }

    @Test
    void theStandardModelIsOneBoosterAndABagIsStoredAsOneModelThatStillBeatsTheRules() {
        assertThat(run.model().metadata().parameters()).containsEntry("bag_size", 1);
        assertThat(TrainingOptions.additive().bagSize()).isEqualTo(1);

        RiskAnalysis.TrainingRun bagged = GeneratedWorld.ANALYSIS.train(GeneratedWorld.HISTORY,
                TrainingOptions.standard().withBagSize(3));

        assertThat(bagged.model().metadata().parameters()).containsEntry("bag_size", 3);
        assertThat(bagged.backtest().result(Strategy.MODEL).auc()).isGreaterThan(0.76)
                .isGreaterThan(bagged.backtest().result(Strategy.RULES).auc() + 0.1);
    }

    @Test
    void reasonsAreTheFeaturesThatRaisedTheScoreMostStrongestFirst() {
        RiskModel model = run.model();
        List<LabelledConsignment> heldOut = heldOut();
        LabelledConsignment riskiest = heldOut.stream()
                .max(Comparator.comparingDouble(l -> model.scores(List.of(l.features()))[0])).orElseThrow();

        RiskScore score = model.score(riskiest.features());
        RiskModel.Explanation explanation = model.explain(riskiest.features());

        assertThat(score.reasons()).hasSizeBetween(1, RiskModel.REASONS);
        assertThat(score.reasons()).extracting(RiskReason::contribution).allMatch(c -> c > 0)
                .isSortedAccordingTo(Comparator.reverseOrder());
        double strongest = explanation.reasons().stream().mapToDouble(RiskReason::contribution).max().orElseThrow();
        assertThat(score.reasons().get(0).contribution()).isGreaterThanOrEqualTo(strongest - 1e-6);
        assertThat(score.reasons()).allMatch(r -> !r.text().isBlank());
        assertThat(explanation.reasons().stream().mapToDouble(RiskReason::contribution).sum())
                .isCloseTo(explanation.logOdds() - explanation.bias(), within(1e-4));
    }

    @Test
    void theFindingRateOfSimilarConsignmentsIsAReasonInWords() {
        List<RiskScore> scores = run.model().score(heldOut().stream().map(LabelledConsignment::features).toList());

        assertThat(scores.stream().flatMap(s -> s.reasons().stream()).filter(r -> r.feature()
                .equals("similar_finding_rate"))).isNotEmpty().allSatisfy(r -> assertThat(r.text()).matches(
                        "earlier inspections of consignments like this one \\(HS \\d\\d goods loaded in [A-Z]{2},"
                        + " (transhipped|shipped direct), for a (new|known) consignee\\) found something in \\d+ of"
                        + " \\d+ \\(an estimated \\d+\\.\\d % of such consignments\\)"
                        + "|no earlier inspection of consignments like this one \\(.+\\)"));
    }

    @Test
    void aConsignorsHabitOfLeavingOutTheNotifyPartyNeverLowersTheScoreAndIsSaidInWords() {
        RiskModel model = run.model();
        List<ConsignmentFeatures> sample = heldOut().stream().map(LabelledConsignment::features)
                .filter(f -> f.consignorNotifyParties().documents() >= 10).limit(200).toList();
        List<ConsignmentFeatures> habitual = sample.stream().map(f -> withNotifyParties(f,
                new DocumentRecord(f.consignorNotifyParties().documents(), f.consignorNotifyParties().documents())))
                .toList();
        double[] before = model.scores(sample);
        double[] after = model.scores(habitual);

        assertThat(sample).hasSize(200);
        for (int i = 0; i < before.length; i++) {
            assertThat(after[i]).as(sample.get(i).consignment()).isGreaterThanOrEqualTo(before[i]);
        }
        assertThat(Arrays.stream(after).sum()).isGreaterThan(Arrays.stream(before).sum());
        assertThat(model.score(habitual).stream().flatMap(s -> s.reasons().stream())
                .filter(r -> r.feature().equals("consignor_notify_party_omitted"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.text()).matches(
                        "(\\d+) of the consignor's \\1 earlier consignments named no notify party"));
    }

    @Test
    void trainingAndBacktestReadTheLaneTheRulesAloneGaveEachConsignment() {
        assertThat(heldOut()).isNotEmpty()
                .allSatisfy(l -> assertThat(l.features().rulesLane()).isEqualTo(l.record().ruleLane()));
    }

    @Test
    void aStrongerLaneFromTheRulesNeverLowersTheScoreAndIsSaidInWords() {
        RiskModel model = run.model();
        List<ConsignmentFeatures> sample = heldOut().stream().map(LabelledConsignment::features).limit(300).toList();
        double[] green = model.scores(sample.stream().map(f -> withRulesLane(f, Lane.GREEN)).toList());
        double[] yellow = model.scores(sample.stream().map(f -> withRulesLane(f, Lane.YELLOW)).toList());
        double[] red = model.scores(sample.stream().map(f -> withRulesLane(f, Lane.RED)).toList());

        for (int i = 0; i < sample.size(); i++) {
            assertThat(yellow[i]).as(sample.get(i).consignment()).isGreaterThanOrEqualTo(green[i]);
            assertThat(red[i]).as(sample.get(i).consignment()).isGreaterThanOrEqualTo(yellow[i]);
        }
        assertThat(Arrays.stream(red).sum()).isGreaterThan(Arrays.stream(green).sum());
        assertThat(model.score(sample.stream().map(f -> withRulesLane(f, Lane.RED)).toList()).stream()
                .flatMap(s -> s.reasons().stream()).filter(r -> r.feature().equals("rules_lane"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.text())
                        .isEqualTo("the rules alone gave the RED lane (physical inspection)"));
    }

    @Test
    void aFilingIsScoredWithTheLaneTheRulesAloneGaveEachConsignment() {
        FilingScorer scorer = GeneratedWorld.ANALYSIS.scorer(run.model(), GeneratedWorld.HISTORY);
        List<Filing> filings = GeneratedWorld.HISTORY.calls().stream().filter(c -> !c.filedAt()
                .isBefore(run.windows().testFrom())).limit(20).map(CallRecord::filing).toList();

        double green = 0;
        double red = 0;
        for (Filing filing : filings) {
            Map<String, Lane> allGreen = new HashMap<>();
            Map<String, Lane> allRed = new HashMap<>();
            filing.consignments().forEach(c -> {
                allGreen.put(c.transportDocumentNumber(), Lane.GREEN);
                allRed.put(c.transportDocumentNumber(), Lane.RED);
            });
            green += scorer.score(filing, allGreen).stream().mapToDouble(RiskScore::score).sum();
            red += scorer.score(filing, allRed).stream().mapToDouble(RiskScore::score).sum();
        }

        assertThat(red).isGreaterThan(green);
    }

    private static ConsignmentFeatures withRulesLane(ConsignmentFeatures f, Lane lane) {
        return new ConsignmentFeatures(f.consignment(), f.placeOfLoading(), f.origin(), f.lastPortCountry(),
                f.previousPorts(), f.transhipped(), f.chapters(), f.grossMassKg(), f.packages(), f.goodsItems(),
                f.containers(), f.valuePerKg(), f.valueCheck(), f.consignor(), f.consignee(), f.consigneeNewRoute(),
                f.carrier(), f.containerHistory(), f.consigneeIdentifierMissing(), f.notifyPartyMissing(),
                f.unsealedContainerShare(), f.dangerousGoodsItems(), f.watchlistCloseness(), f.filingLeadHours(),
                f.similar(), f.consignorNotifyParties(), f.containerSeals(), lane);
    }

    private static ConsignmentFeatures withNotifyParties(ConsignmentFeatures f, DocumentRecord notifyParties) {
        return new ConsignmentFeatures(f.consignment(), f.placeOfLoading(), f.origin(), f.lastPortCountry(),
                f.previousPorts(), f.transhipped(), f.chapters(), f.grossMassKg(), f.packages(), f.goodsItems(),
                f.containers(), f.valuePerKg(), f.valueCheck(), f.consignor(), f.consignee(), f.consigneeNewRoute(),
                f.carrier(), f.containerHistory(), f.consigneeIdentifierMissing(), f.notifyPartyMissing(),
                f.unsealedContainerShare(), f.dangerousGoodsItems(), f.watchlistCloseness(), f.filingLeadHours(),
                f.similar(), notifyParties, f.containerSeals(), f.rulesLane());
    }

    @Test
    void contributionsAndBiasAddUpToTheScore() {
        RiskModel model = run.model();
        for (LabelledConsignment consignment : heldOut().subList(0, 20)) {
            double logOdds = model.explain(consignment.features()).logOdds();
            double probability = 1 / (1 + Math.exp(-logOdds));

            assertThat(model.score(consignment.features()).score()).isCloseTo(probability, within(1e-4));
        }
    }

    @Test
    void aStoredModelReadsBackAsTheSameVersionWithTheSameScores() {
        RiskModel model = run.model();
        byte[] stored = GeneratedWorld.ANALYSIS.store(model);
        RiskModel read = GeneratedWorld.ANALYSIS.read(stored);
        List<LabelledConsignment> sample = heldOut().subList(0, 50);

        assertThat(read.version()).isEqualTo(model.version());
        assertThat(read.scores(sample.stream().map(LabelledConsignment::features).toList()))
                .containsExactly(model.scores(sample.stream().map(LabelledConsignment::features).toList()));
    }

    @Test
    void aStoredModelThatIsNotAModelIsRefusedWithTheReason() {
        assertThatThrownBy(() -> GeneratedWorld.ANALYSIS.read("not a zip".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks its model.ubj");
    }

    private List<LabelledConsignment> heldOut() {
        return FeatureTable.of(GeneratedWorld.HISTORY, run.windows().testFrom(), run.windows().to());
    }
}
