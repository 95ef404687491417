package org.portcullis.model.filing;

import java.util.List;

/**
 * The Maritime Declaration of Health (IHR 2005, Annex 8). The summary (persons ill, deaths, suspected infectious
 * disease, details) is what every version of the filing carries; the full declaration adds the nine health
 * questions, the ship sanitation certificate, whether the ship visited an affected area, the ports of call of the
 * last thirty days, the schedule of ill persons and the numbers on board. Absent parts are null or empty.
 */
public record HealthDeclaration(int personsIll, int deaths, boolean suspectedInfectiousDisease, String details,
        HealthQuestions questions, SanitationCertificate sanitationCertificate, HealthAnswer affectedAreaVisited,
        List<RecentPortCall> portsVisited, List<IllPerson> illPersons, Integer crewOnBoard,
        Integer passengersOnBoard) {

    public HealthDeclaration {
        portsVisited = portsVisited == null ? List.of() : List.copyOf(portsVisited);
        illPersons = illPersons == null ? List.of() : List.copyOf(illPersons);
    }

    /** The summary alone, as filings of schema version 1.0 carry it. */
    public HealthDeclaration(int personsIll, int deaths, boolean suspectedInfectiousDisease, String details) {
        this(personsIll, deaths, suspectedInfectiousDisease, details, null, null, null, List.of(), List.of(), null,
                null);
    }
}
