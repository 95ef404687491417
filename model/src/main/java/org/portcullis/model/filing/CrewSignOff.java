package org.portcullis.model.filing;

import java.time.LocalDate;
import org.portcullis.model.value.UnLocode;

/** A crew member who left the ship since its last port call, where and when: a crew change the carrier declares. */
public record CrewSignOff(String familyName, String givenNames, String documentNumber, UnLocode port,
        LocalDate date) {
}
