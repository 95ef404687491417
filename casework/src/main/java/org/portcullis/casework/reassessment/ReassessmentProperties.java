package org.portcullis.casework.reassessment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Re-assessing cases that are being cleared (docs/iot.md): when sensor events about their containers or vessel
 * arrive ({@code onSensorEvents}; also when their vessel has sent no AIS report for {@code vesselSilentAfter}, 12 hours
 * by default, the one threshold: the assessment sees the fact {@code VesselSilent} that rule IOT-008 reads only from
 * then on), when a new rule set goes live ({@code onRuleSetChange}); both on by default; and how often
 * the queue of cases to re-assess is worked off ({@code interval}).
 */
@ConfigurationProperties("portcullis.reassessment")
public record ReassessmentProperties(Boolean onSensorEvents, Boolean onRuleSetChange, Duration interval,
        Duration vesselSilentAfter) {

    public ReassessmentProperties {
        onSensorEvents = onSensorEvents == null || onSensorEvents;
        onRuleSetChange = onRuleSetChange == null || onRuleSetChange;
        interval = interval == null ? Duration.ofSeconds(1) : interval;
        vesselSilentAfter = vesselSilentAfter == null ? Duration.ofHours(12) : vesselSilentAfter;
    }
}
