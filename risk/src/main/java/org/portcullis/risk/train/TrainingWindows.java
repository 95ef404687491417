package org.portcullis.risk.train;

import java.time.Duration;
import java.time.Instant;
import org.portcullis.risk.history.History;

/**
 * How a history is cut for training: the first {@link #WARM_UP} only builds up the traders' records (features of
 * consignments filed then would all look new), the next 70% of the rest trains, the last 30% is held out for the
 * backtest. Cut by the moment of filing, so the backtest replays filings the model never saw, later than any it
 * learned from.
 */
public record TrainingWindows(Instant trainFrom, Instant testFrom, Instant to) {

    public static final Duration WARM_UP = Duration.ofDays(28);

    public static TrainingWindows of(History history) {
        if (history.calls().isEmpty()) {
            throw new IllegalArgumentException("there is no filing to learn from");
        }
        Instant first = history.firstFiled();
        Instant to = history.lastFiled().plusSeconds(1);
        Instant trainFrom = Duration.between(first, to).compareTo(WARM_UP.multipliedBy(3)) > 0
                ? first.plus(WARM_UP) : first;
        Instant testFrom = trainFrom.plus(Duration.between(trainFrom, to).multipliedBy(7).dividedBy(10));
        return new TrainingWindows(trainFrom, testFrom, to);
    }
}
