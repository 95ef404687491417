package org.portcullis.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.iot.StoredSensorEvent;
import org.portcullis.model.iot.IotEventType;

/** The case file's pictures of sensor evidence: last position and temperature, chart and trail coordinates. */
class SensorEvidenceTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void chartSpansTheReadingsFromLowestAtTheBottomToHighestAtTheTop() {
        SensorEvidence evidence = new SensorEvidence(List.of(reading(0, 2.0), reading(30, 6.0), reading(60, 4.0)),
                List.of());

        SensorCharts.TemperatureChart chart = evidence.temperatureCharts().get(0);

        assertThat(chart.points()).isEqualTo("8.0,152.0 240.0,8.0 472.0,80.0");
        assertThat(chart.lowest()).isEqualTo(2.0);
        assertThat(chart.highest()).isEqualTo(6.0);
        assertThat(chart.readings()).isEqualTo(3);
        assertThat(evidence.latestTemperatures()).extracting(StoredSensorEvent::temperature).containsExactly(4.0);
    }

    @Test
    void trailRunsWestToEastAndSouthToNorthWithTheLastPositionMarked() {
        SensorEvidence evidence = new SensorEvidence(List.of(position(0, 51.0, 3.0), position(60, 52.0, 4.0)),
                List.of());

        SensorCharts.PositionTrail trail = evidence.trail().orElseThrow();

        assertThat(trail.startX()).isLessThan(trail.endX());
        assertThat(trail.startY()).isGreaterThan(trail.endY());
        assertThat(trail.positions()).isEqualTo(2);
        assertThat(evidence.lastPosition()).hasValueSatisfying(last -> assertThat(last.latitude()).isEqualTo(52.0));
    }

    @Test
    void onePositionDrawsNoTrail() {
        assertThat(new SensorEvidence(List.of(position(0, 51.0, 3.0)), List.of()).trail()).isEmpty();
        assertThat(SensorEvidence.NONE.isEmpty()).isTrue();
    }

    private static StoredSensorEvent reading(int minutes, double celsius) {
        return new StoredSensorEvent("ACME", "r-" + minutes, IotEventType.REEFER_TEMPERATURE,
                T0.plusSeconds(60L * minutes), T0, "CSQU3054383", null, null, null, celsius, null, null, null);
    }

    private static StoredSensorEvent position(int minutes, double latitude, double longitude) {
        return new StoredSensorEvent("AIS", "p-" + minutes, IotEventType.VESSEL_POSITION,
                T0.plusSeconds(60L * minutes), T0, null, "357123000", latitude, longitude, null, null, null, null);
    }
}
