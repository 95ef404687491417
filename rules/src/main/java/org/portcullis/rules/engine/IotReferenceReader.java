package org.portcullis.rules.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.portcullis.model.value.GeoPosition;
import org.portcullis.rules.fact.iot.ListedAreas;
import org.portcullis.rules.fact.iot.PortAreas;

/**
 * Reads the reference data of the sensor event rules: the port areas (where a container is at a port) and the listed
 * sea areas (where a vessel loitering deserves a look). Every bad row is a problem with file and line.
 */
final class IotReferenceReader {

    static final String PORT_AREAS = "reference/port-areas.csv";
    static final String LISTED_AREAS = "reference/listed-areas.csv";
    private static final double MAX_RADIUS_KM = 500;

    private final List<RuleProblem> problems;

    IotReferenceReader(List<RuleProblem> problems) {
        this.problems = problems;
    }

    PortAreas portAreas(RuleSources sources) {
        List<PortAreas.PortArea> areas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRows.Row row : CsvRows.read(PORT_AREAS, sources.text(PORT_AREAS),
                List.of("port", "coordinates", "radiusKm"), problems)) {
            String port = row.get("port");
            GeoPosition centre = centre(PORT_AREAS, row);
            Double radius = radius(PORT_AREAS, row);
            if (!ReferenceDataReader.isLocode(port)) {
                problem(PORT_AREAS, row, "port '" + port + "' is not a UN/LOCODE");
            } else if (!seen.add(port)) {
                problem(PORT_AREAS, row, "port " + port + " is listed twice");
            } else if (centre != null && radius != null) {
                areas.add(new PortAreas.PortArea(port, centre, radius));
            }
        }
        return new PortAreas(areas);
    }

    ListedAreas listedAreas(RuleSources sources) {
        List<ListedAreas.ListedArea> areas = new ArrayList<>();
        for (CsvRows.Row row : CsvRows.read(LISTED_AREAS, sources.text(LISTED_AREAS),
                List.of("area", "coordinates", "radiusKm", "reason"), problems)) {
            GeoPosition centre = centre(LISTED_AREAS, row);
            Double radius = radius(LISTED_AREAS, row);
            if (row.get("area").isEmpty() || row.get("reason").isEmpty()) {
                problem(LISTED_AREAS, row, "needs the area's name and the reason it is listed");
            } else if (centre != null && radius != null) {
                areas.add(new ListedAreas.ListedArea(row.get("area"), centre, radius, row.get("reason")));
            }
        }
        return new ListedAreas(areas);
    }

    private GeoPosition centre(String file, CsvRows.Row row) {
        try {
            return GeoPosition.ofLocodeCoordinates(row.get("coordinates"));
        } catch (IllegalArgumentException e) {
            problem(file, row, "coordinates: " + e.getMessage());
            return null;
        }
    }

    private Double radius(String file, CsvRows.Row row) {
        String text = row.get("radiusKm");
        try {
            double radius = Double.parseDouble(text);
            if (radius > 0 && radius <= MAX_RADIUS_KM) {
                return radius;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(file, row, "radiusKm '" + text + "' is not a number of kilometres above 0 and at most "
                + (int) MAX_RADIUS_KM);
        return null;
    }

    private void problem(String file, CsvRows.Row row, String message) {
        problems.add(new RuleProblem(file, (int) row.line(), message));
    }
}
