package org.portcullis.casework.casefile;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.portcullis.casework.reassessment.Reassessment;
import org.portcullis.casework.iot.StoredSensorEvent;
import org.portcullis.model.iot.IotEventType;

/**
 * What sensors reported about a case's containers and vessel, as the case file shows it: the events (oldest first),
 * the re-assessments they caused, the last known position and the latest temperature of each reefer, a temperature
 * chart per reefer and the trail of positions.
 */
public record SensorEvidence(List<StoredSensorEvent> events, List<Reassessment> reassessments) {

    /** The most recent events listed in the case file's table (all of them count for the charts). */
    public static final int LISTED = 50;

    public static final SensorEvidence NONE = new SensorEvidence(List.of(), List.of());

    public SensorEvidence {
        events = List.copyOf(events);
        reassessments = List.copyOf(reassessments);
    }

    public boolean isEmpty() {
        return events.isEmpty() && reassessments.isEmpty();
    }

    /** The latest events, newest first. */
    public List<StoredSensorEvent> latest() {
        return events.stream().sorted(Comparator.comparing(StoredSensorEvent::observedAt).reversed()).limit(LISTED)
                .toList();
    }

    /** The last position reported of the containers or the vessel, if any. */
    public Optional<StoredSensorEvent> lastPosition() {
        return events.stream().filter(event -> event.latitude() != null)
                .max(Comparator.comparing(StoredSensorEvent::observedAt));
    }

    /** The latest temperature reading of each reefer container. */
    public List<StoredSensorEvent> latestTemperatures() {
        return readingsByContainer().values().stream().map(readings -> readings.get(readings.size() - 1)).toList();
    }

    /** A chart of each reefer container's readings, in the order the containers first reported. */
    public List<SensorCharts.TemperatureChart> temperatureCharts() {
        return readingsByContainer().entrySet().stream()
                .map(entry -> SensorCharts.temperatures(entry.getKey(), entry.getValue())).toList();
    }

    /** The trail of every position reported (containers and vessel), or empty with fewer than two. */
    public Optional<SensorCharts.PositionTrail> trail() {
        List<StoredSensorEvent> positions = events.stream().filter(event -> event.latitude() != null).toList();
        return positions.size() < 2 ? Optional.empty() : Optional.of(SensorCharts.trail(positions));
    }

    private Map<String, List<StoredSensorEvent>> readingsByContainer() {
        return events.stream().filter(event -> event.type() == IotEventType.REEFER_TEMPERATURE)
                .collect(Collectors.groupingBy(StoredSensorEvent::container, LinkedHashMap::new,
                        Collectors.toList()));
    }
}
