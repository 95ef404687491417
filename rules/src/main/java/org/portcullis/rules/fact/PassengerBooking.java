package org.portcullis.rules.fact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.portcullis.model.filing.Booking;

/**
 * A passenger's booking as rules see it: the carrier's booking with how many passengers of this filing share its
 * reference and how many days before boarding it was made.
 */
public final class PassengerBooking {

    private final Booking booking;
    private final int partySize;
    private final Long daysBeforeBoarding;

    public PassengerBooking(Booking booking, int partySize, LocalDate boarding) {
        this.booking = booking;
        this.partySize = partySize;
        this.daysBeforeBoarding = booking.bookedOn() == null || boarding == null ? null
                : ChronoUnit.DAYS.between(booking.bookedOn(), boarding);
    }

    public String getReference() {
        return booking.reference();
    }

    public LocalDate getBookedOn() {
        return booking.bookedOn();
    }

    public String getPaymentMethod() {
        return booking.paymentMethod();
    }

    public Boolean getOneWay() {
        return booking.oneWay();
    }

    /** Passengers of this filing on the same booking reference, this one included (1 without a reference). */
    public int getPartySize() {
        return partySize;
    }

    /** Days between booking and boarding, or null when either is unknown. */
    public Long getDaysBeforeBoarding() {
        return daysBeforeBoarding;
    }
}
