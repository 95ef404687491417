package org.portcullis.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.portcullis.risk.backtest.Backtest;
import org.portcullis.risk.backtest.BacktestReport;
import org.portcullis.risk.feature.FeatureExtractor;
import org.portcullis.risk.feature.InMemoryTradeHistory;
import org.portcullis.risk.feature.KnownCloseness;
import org.portcullis.risk.forecast.ArrivalForecast;
import org.portcullis.risk.forecast.Forecaster;
import org.portcullis.risk.history.AgencyTask;
import org.portcullis.risk.history.CallTrace;
import org.portcullis.risk.history.History;
import org.portcullis.risk.patterns.TradePatternReport;
import org.portcullis.risk.patterns.TradePatterns;
import org.portcullis.risk.scoring.FilingScorer;
import org.portcullis.risk.scoring.ModelArtifact;
import org.portcullis.risk.scoring.RiskModel;
import org.portcullis.risk.train.FeatureTable;
import org.portcullis.risk.train.LabelledConsignment;
import org.portcullis.risk.train.ModelTrainer;
import org.portcullis.risk.train.TrainingOptions;
import org.portcullis.risk.train.TrainingWindows;

/**
 * The risk module's one entry point: trains a model on a history and backtests it on the part it did not see,
 * stores and reads models, scores filings, and forecasts arrivals and workload. The application gives it the
 * history from its store; the command line ({@code RiskCli}) and the tests give it a generated one.
 */
public class RiskAnalysis {

    private final Clock clock;

    public RiskAnalysis(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A model trained on the history's training window and its backtest on the held-out window after it. */
    public record TrainingRun(RiskModel model, BacktestReport backtest, TrainingWindows windows) {
    }

    public TrainingRun train(History history) {
        return train(history, TrainingOptions.standard());
    }

    public TrainingRun train(History history, TrainingOptions options) {
        TrainingWindows windows = TrainingWindows.of(history);
        List<LabelledConsignment> training = FeatureTable.of(history, windows.trainFrom(), windows.testFrom());
        RiskModel model = new ModelTrainer(clock).train(training, windows.trainFrom(), windows.testFrom(), options);
        return new TrainingRun(model, backtest(model, history, windows), windows);
    }

    /** Replays the held-out window: the rules, the model and both at the capacity history had. */
    public BacktestReport backtest(RiskModel model, History history, TrainingWindows windows) {
        return new Backtest().run(model, history, windows.testFrom(), windows.to());
    }

    /** Scores live filings against what the history knows about their traders, containers and carriers. */
    public FilingScorer scorer(RiskModel model, History history) {
        return new FilingScorer(model, new FeatureExtractor(InMemoryTradeHistory.of(history, FeatureTable.CURRENCY),
                new KnownCloseness(history.watchlistCloseness()), FeatureTable.CURRENCY, clock));
    }

    public byte[] store(RiskModel model) {
        return ModelArtifact.toBytes(model);
    }

    public RiskModel read(byte[] stored) {
        return ModelArtifact.fromBytes(stored);
    }

    /** Value outliers and new routes among the consignments filed in [from, to), newest first. */
    public TradePatternReport tradePatterns(History history, Instant from, Instant to, int limit) {
        return new TradePatterns(clock).find(history, from, to, limit);
    }

    /** New routes among the consignments of call traces filed in [from, to), newest first (traces carry no values). */
    public TradePatternReport tradePatterns(List<CallTrace> calls, Instant from, Instant to, int limit) {
        return new TradePatterns(clock).findRoutes(calls, from, to, limit);
    }

    /** Arrivals per day and port, and each agency's tasks and hours, for {@code days} days from {@code from}. */
    public ArrivalForecast forecast(History history, LocalDate from, int days) {
        return new Forecaster(clock).forecast(history, from, days);
    }

    /** The same forecast from call traces and the agencies' tasks. */
    public ArrivalForecast forecast(List<CallTrace> calls, List<AgencyTask> tasks, LocalDate from, int days) {
        return new Forecaster(clock).forecast(calls, tasks, from, days);
    }
}
