package org.portcullis.casework.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.portcullis.casework.iot.StoredSensorEvent;

/**
 * The pictures of the case file's sensor evidence as SVG coordinates the page draws without scripts: a temperature
 * series against time, and a trail of positions (longitude across, latitude up, scaled alike around the middle
 * latitude so that the shape is true).
 */
public final class SensorCharts {

    public static final int WIDTH = 480;
    public static final int HEIGHT = 160;
    public static final int TRAIL_HEIGHT = 240;
    private static final int PADDING = 8;

    private SensorCharts() {
    }

    /** A reefer's readings: the polyline, the lowest and highest reading, and the span of time drawn. */
    public record TemperatureChart(String container, String points, double lowest, double highest, Instant from,
            Instant to, int readings) {
    }

    /** A trail of positions: the polyline, where it starts and ends (x, y), and how many positions it joins. */
    public record PositionTrail(String points, double startX, double startY, double endX, double endY,
            int positions) {
    }

    static TemperatureChart temperatures(String container, List<StoredSensorEvent> readings) {
        double lowest = readings.stream().mapToDouble(StoredSensorEvent::temperature).min().orElse(0);
        double highest = readings.stream().mapToDouble(StoredSensorEvent::temperature).max().orElse(0);
        Instant from = readings.get(0).observedAt();
        Instant to = readings.get(readings.size() - 1).observedAt();
        Scale x = new Scale(from.toEpochMilli(), to.toEpochMilli(), WIDTH, false);
        Scale y = new Scale(lowest, highest, HEIGHT, true);
        String points = join(readings, event -> x.of(event.observedAt().toEpochMilli()),
                event -> y.of(event.temperature()));
        return new TemperatureChart(container, points, lowest, highest, from, to, readings.size());
    }

    static PositionTrail trail(List<StoredSensorEvent> positions) {
        double west = positions.stream().mapToDouble(StoredSensorEvent::longitude).min().orElse(0);
        double east = positions.stream().mapToDouble(StoredSensorEvent::longitude).max().orElse(0);
        double south = positions.stream().mapToDouble(StoredSensorEvent::latitude).min().orElse(0);
        double north = positions.stream().mapToDouble(StoredSensorEvent::latitude).max().orElse(0);
        double shrink = Math.cos(Math.toRadians((south + north) / 2));
        double across = Math.max((east - west) * shrink, 1e-6);
        double up = Math.max(north - south, 1e-6);
        double degree = Math.min((WIDTH - 2 * PADDING) / across, (TRAIL_HEIGHT - 2 * PADDING) / up);
        ToDoubleFunction<StoredSensorEvent> x = event -> PADDING + (event.longitude() - west) * shrink * degree;
        ToDoubleFunction<StoredSensorEvent> y = event -> TRAIL_HEIGHT - PADDING - (event.latitude() - south) * degree;
        StoredSensorEvent first = positions.get(0);
        StoredSensorEvent last = positions.get(positions.size() - 1);
        return new PositionTrail(join(positions, x, y), round(x.applyAsDouble(first)), round(y.applyAsDouble(first)),
                round(x.applyAsDouble(last)), round(y.applyAsDouble(last)), positions.size());
    }

    private static String join(List<StoredSensorEvent> events, ToDoubleFunction<StoredSensorEvent> x,
            ToDoubleFunction<StoredSensorEvent> y) {
        return events.stream().map(event -> String.format(Locale.ROOT, "%.1f,%.1f", x.applyAsDouble(event),
                y.applyAsDouble(event))).collect(Collectors.joining(" "));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A linear map of values onto the drawing, inside the padding; a single value lands in the middle. */
    private record Scale(double low, double high, int size, boolean upward) {

        double of(double value) {
            double share = high > low ? (value - low) / (high - low) : 0.5;
            double along = PADDING + share * (size - 2 * PADDING);
            return upward ? size - along : along;
        }
    }
}
