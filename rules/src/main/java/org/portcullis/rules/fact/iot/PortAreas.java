package org.portcullis.rules.fact.iot;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.portcullis.model.value.GeoPosition;

/**
 * Where a position counts as being at a port: each port's UN/LOCODE, its coordinates from the UN/LOCODE code list and
 * the radius its terminals lie within. The list is the file {@code reference/port-areas.csv}.
 */
public final class PortAreas {

    /** One port: its UN/LOCODE, the code list's coordinates and a radius in kilometres. */
    public record PortArea(String port, GeoPosition centre, double radiusKm) {

        public PortArea {
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(centre, "centre");
        }
    }

    public static final PortAreas NONE = new PortAreas(List.of());

    private final List<PortArea> areas;

    public PortAreas(List<PortArea> areas) {
        this.areas = List.copyOf(areas);
    }

    /** The port whose area holds the position (the nearest, should two overlap), if any. */
    public Optional<PortArea> at(GeoPosition position) {
        return areas.stream().filter(area -> area.centre().distanceKm(position) <= area.radiusKm())
                .min(Comparator.comparingDouble(area -> area.centre().distanceKm(position)));
    }

    public List<PortArea> areas() {
        return areas;
    }
}
