package org.portcullis.risk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.risk.RiskAnalysis;
import org.portcullis.risk.train.TrainingOptions;
import org.portcullis.risk.forecast.ArrivalForecast;
import org.portcullis.risk.forecast.ForecastAccuracy;
import org.portcullis.risk.generate.GeneratorSettings;
import org.portcullis.risk.generate.HistoryGenerator;
import org.portcullis.risk.history.History;
import org.portcullis.risk.scoring.ModelArtifact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar risk/target/portcullis-risk.jar train|forecast [--seed 42] [--out models] [--date 2026-07-13]}:
 * trains and backtests a model on a generated history (the model goes to {@code --out}/version/), or forecasts
 * arrivals and workload from a day of it and measures the forecast's error. The application trains on its own
 * stored history (docs/risk-model.md).
 */
public final class RiskCli {

    private static final Logger LOG = LoggerFactory.getLogger(RiskCli.class);

    private RiskCli() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !List.of("train", "forecast").contains(args[0])) {
            LOG.error("usage: train|forecast [--seed 42] [--out models] [--bag-size 1] [--date 2026-07-13]");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        long seed = Long.parseLong(options.getOrDefault("--seed", "42"));
        long start = System.nanoTime();
        History history = new HistoryGenerator().generate(GeneratorSettings.standard(seed));
        LOG.info("generated {} port calls with seed {} in {} ms", history.calls().size(), seed,
                (System.nanoTime() - start) / 1_000_000);
        if (args[0].equals("train")) {
            train(history, Path.of(options.getOrDefault("--out", "models")),
                    Integer.parseInt(options.getOrDefault("--bag-size", "1")));
        } else {
            forecast(history, LocalDate.parse(options.getOrDefault("--date", "2026-07-13")));
        }
    }

    private static void train(History history, Path out, int bagSize) {
        long start = System.nanoTime();
        RiskAnalysis.TrainingRun run = new RiskAnalysis(Clock.systemUTC()).train(history,
                TrainingOptions.standard().withBagSize(bagSize));
        LOG.info("trained model {} in {} ms\n{}", run.model().version(), (System.nanoTime() - start) / 1_000_000,
                run.backtest().table());
        LOG.info("model written to {}", ModelArtifact.save(run.model(), out));
    }

    private static void forecast(History history, LocalDate date) {
        Instant now = date.atStartOfDay().toInstant(ZoneOffset.UTC);
        ArrivalForecast forecast = new RiskAnalysis(Clock.fixed(now, ZoneOffset.UTC))
                .forecast(history.asKnownAt(now), date, 14);
        List<LocalDate> cuts = List.of(date.minusWeeks(3), date.minusWeeks(2), date.minusWeeks(1), date);
        LOG.info("forecast from {} ({})\n{}mean absolute percentage error of the next 7 days per port and day,"
                + " cut at {}: {}", date, forecast.basis(), forecast.csv(), cuts,
                String.format("%.3f", ForecastAccuracy.mape(history, cuts, 7)));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!List.of("--seed", "--out", "--date").contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + ": use --seed, --out or --date");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
