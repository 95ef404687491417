package org.portcullis.messaging.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How far the dates of a sample message move: every date-time by {@code time}, every calendar date (a travel
 * document's expiry) by {@code days}. Dates of birth never move. When the ETA moves by whole days, both move
 * alike, so what a sample says about dates relative to its ETA (a document that expired before arrival, one that
 * expires within a week of it, a previous port left two days before) stays true.
 */
public record DateShift(Duration time, long days) {

    public static final DateShift NONE = new DateShift(Duration.ZERO, 0);

    private static final Duration DAY = Duration.ofDays(1);

    public DateShift {
        Objects.requireNonNull(time, "time");
    }

    /**
     * Whole days that put {@code eta} at least {@code lead} after {@code now} and less than a day more: the
     * smallest such shift, backwards too when the ETA is further ahead than that.
     */
    public static DateShift arrivingAfter(Instant eta, Instant now, Duration lead) {
        Duration missing = Duration.between(eta, now.plus(lead));
        long days = Math.floorDiv(missing.toSeconds(), DAY.toSeconds());
        if (DAY.multipliedBy(days).compareTo(missing) < 0) {
            days++;
        }
        return new DateShift(DAY.multipliedBy(days), days);
    }

    /**
     * The shift that moves an ETA from {@code from} to {@code to}: date-times by the difference, calendar dates by
     * the days the ETA's date (UTC, as the rules count days after arrival) moved.
     */
    public static DateShift movingEta(Instant from, Instant to) {
        return new DateShift(Duration.between(from, to),
                ChronoUnit.DAYS.between(utcDate(from), utcDate(to)));
    }

    public Instant apply(Instant instant) {
        return instant.plus(time);
    }

    public LocalDate apply(LocalDate date) {
        return date.plusDays(days);
    }

    private static LocalDate utcDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
