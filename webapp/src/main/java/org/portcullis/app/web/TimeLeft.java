package org.portcullis.app.web;

import java.time.Duration;
import java.time.Instant;

/**
 * The time from now until a deadline, as an officer reads it: "2 d 4 h", "3 h 20 min", "12 min"; negative when
 * the deadline has passed.
 */
public record TimeLeft(Duration duration) {

    public static TimeLeft between(Instant now, Instant deadline) {
        return new TimeLeft(Duration.between(now, deadline));
    }

    public boolean overdue() {
        return duration.isNegative();
    }

    public boolean within(Duration window) {
        return !overdue() && duration.compareTo(window) <= 0;
    }

    /** The message key and arguments of the absolute amount, rounded down: days and hours, hours and minutes, minutes, or seconds. */
    public static Amount amount(Duration duration) {
        Duration left = duration.abs();
        long days = left.toDays();
        if (days > 0) {
            return new Amount("duration.days", days, left.toHoursPart());
        }
        if (left.toHoursPart() > 0) {
            return new Amount("duration.hours", left.toHoursPart(), left.toMinutesPart());
        }
        if (left.toMinutesPart() > 0) {
            return new Amount("duration.minutes", left.toMinutesPart());
        }
        return new Amount("duration.seconds", left.toSecondsPart());
    }

    /** A duration to show: the key of its wording in the message bundle and the numbers in it. */
    public record Amount(String key, Object... args) {
    }
}
