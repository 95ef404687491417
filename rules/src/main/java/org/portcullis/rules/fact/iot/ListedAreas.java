package org.portcullis.rules.fact.iot;

import java.util.List;
import java.util.Objects;
import org.portcullis.model.value.GeoPosition;

/**
 * Sea areas where a vessel that slows down or stops deserves a closer look (ship-to-ship transfers, calls that are not
 * declared), each a circle with the reason it is listed. The list is the file {@code reference/listed-areas.csv}.
 */
public final class ListedAreas {

    /** One area: its name, centre, radius in kilometres and why it is listed. */
    public record ListedArea(String name, GeoPosition centre, double radiusKm, String reason) {

        public ListedArea {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(centre, "centre");
            Objects.requireNonNull(reason, "reason");
        }

        public boolean contains(GeoPosition position) {
            return centre.distanceKm(position) <= radiusKm;
        }
    }

    public static final ListedAreas NONE = new ListedAreas(List.of());

    private final List<ListedArea> areas;

    public ListedAreas(List<ListedArea> areas) {
        this.areas = List.copyOf(areas);
    }

    public List<ListedArea> areas() {
        return areas;
    }
}
