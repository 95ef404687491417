package org.portcullis.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats instants for the pages in the authority's time zone ({@code portcullis.ui.time-zone}, UTC unless set),
 * and durations and time left in the officer's language. Templates call it as {@code ${@times.dateTime(instant)}}.
 */
@Component("times")
public class Times {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;
    private final Duration dueSoon;
    private final Clock clock;
    private final MessageSource messages;

    public Times(UiProperties properties, Clock clock, MessageSource messages) {
        this.zone = ZoneId.of(properties.timeZone());
        this.dueSoon = properties.dueSoon();
        this.clock = clock;
        this.messages = messages;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(zone));
    }

    public String zone() {
        return zone.getId();
    }

    public ZoneId zoneId() {
        return zone;
    }

    public TimeLeft timeLeft(Instant deadline) {
        return deadline == null ? null : TimeLeft.between(clock.instant(), deadline);
    }

    public Duration dueSoonWindow() {
        return dueSoon;
    }

    /** Whether the deadline is near: within {@code portcullis.ui.due-soon} (4 hours unless set) and not passed. */
    public boolean dueSoon(TimeLeft left) {
        return left != null && left.within(dueSoon);
    }

    /** "2 d 4 h left" or "overdue by 20 min", in the officer's language. */
    public String timeLeftText(TimeLeft left) {
        if (left == null) {
            return "";
        }
        return text(left.overdue() ? "timeLeft.overdue" : "timeLeft.left", duration(left.duration()));
    }

    /** A duration in days and hours, hours and minutes, or minutes. */
    public String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        TimeLeft.Amount amount = TimeLeft.amount(duration);
        return text(amount.key(), amount.args());
    }

    /** A duration given in seconds, as the dashboard's figures come. */
    public String seconds(Number seconds) {
        return seconds == null ? "" : duration(Duration.ofSeconds(Math.round(seconds.doubleValue())));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The user interface's settings. */
    @ConfigurationProperties("portcullis.ui")
    public record UiProperties(String timeZone, Duration dueSoon) {

        public UiProperties {
            timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
            dueSoon = dueSoon == null ? Duration.ofHours(4) : dueSoon;
        }
    }
}
