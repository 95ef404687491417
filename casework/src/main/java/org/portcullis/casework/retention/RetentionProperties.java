package org.portcullis.casework.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long Portcullis keeps what it stores ({@code portcullis.retention.*}): the bodies of the messages carriers
 * sent (the record that a message came, its id, carrier, time and disposition stay), and closed cases (released,
 * seized or cancelled) with their filing versions, assessments, decisions and notices. Dead letters are kept 30
 * days by the broker (broker.xml). The job runs daily at {@code schedule} (a cron expression) when enabled.
 */
@ConfigurationProperties("portcullis.retention")
public record RetentionProperties(Boolean enabled, String schedule, Period messageBodies, Period closedCases) {

    public RetentionProperties {
        enabled = enabled == null || enabled;
        schedule = schedule == null ? "0 30 3 * * *" : schedule;
        messageBodies = messageBodies == null ? Period.ofYears(2) : messageBodies;
        closedCases = closedCases == null ? Period.ofYears(5) : closedCases;
    }
}
