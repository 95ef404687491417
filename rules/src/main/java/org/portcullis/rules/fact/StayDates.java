package org.portcullis.rules.fact;

import java.time.LocalDate;

/**
 * When a person arrives and when they leave the port area: a passenger who disembarks here leaves it on the day of
 * arrival; crew, passengers in transit and those sailing on leave it with the vessel (its declared departure, or
 * the day of arrival when the filing declares none).
 */
public record StayDates(LocalDate arrival, LocalDate leaving, boolean withTheVessel, boolean departureDeclared) {

    /** How the day of leaving was found, in words for a finding's reason. */
    public String leavingWhen() {
        if (!withTheVessel) {
            return "on disembarking at arrival";
        }
        return departureDeclared ? "with the vessel's departure" : "with the vessel (no departure declared: arrival)";
    }
}
