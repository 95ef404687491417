package org.portcullis.rules.fact;

import java.util.ArrayList;
import java.util.List;

/**
 * A booking pattern rule authors know from earlier cases of trafficking or smuggling
 * ({@code reference/booking-patterns.csv}): every criterion given must hold for a passenger's booking; an empty
 * one holds for any. Ports of embarkation and disembarkation, the payment method, a one-way booking, a booking made
 * at most so many days before boarding, and at least so many passengers on one booking reference.
 */
public class BookingPattern {

    private final String patternId;
    private final String embarkation;
    private final String disembarkation;
    private final String paymentMethod;
    private final Boolean oneWay;
    private final Integer maxDaysBeforeBoarding;
    private final Integer minPartySize;
    private final String reason;

    public BookingPattern(String patternId, String embarkation, String disembarkation, String paymentMethod,
            Boolean oneWay, Integer maxDaysBeforeBoarding, Integer minPartySize, String reason) {
        this.patternId = patternId;
        this.embarkation = embarkation;
        this.disembarkation = disembarkation;
        this.paymentMethod = paymentMethod;
        this.oneWay = oneWay;
        this.maxDaysBeforeBoarding = maxDaysBeforeBoarding;
        this.minPartySize = minPartySize;
        this.reason = reason;
    }

    public String getPatternId() {
        return patternId;
    }

    public String getReason() {
        return reason;
    }

    /** True when the passenger has a booking and every criterion of the pattern holds for it. */
    public boolean matches(PersonFact passenger) {
        PassengerBooking booking = passenger.getBooking();
        if (booking == null) {
            return false;
        }
        Long days = booking.getDaysBeforeBoarding();
        return (embarkation == null || embarkation.equals(passenger.getPortOfEmbarkation()))
                && (disembarkation == null || disembarkation.equals(passenger.getPortOfDisembarkation()))
                && (paymentMethod == null || paymentMethod.equals(booking.getPaymentMethod()))
                && (oneWay == null || oneWay.equals(booking.getOneWay()))
                && (maxDaysBeforeBoarding == null || days != null && days <= maxDaysBeforeBoarding)
                && (minPartySize == null || booking.getPartySize() >= minPartySize);
    }

    /** The criteria in words: "paid CASH, one way, booked at most 2 days before boarding". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (embarkation != null) {
            parts.add("boarding at " + embarkation);
        }
        if (disembarkation != null) {
            parts.add("leaving at " + disembarkation);
        }
        if (paymentMethod != null) {
            parts.add("paid " + paymentMethod);
        }
        if (oneWay != null) {
            parts.add(oneWay ? "one way" : "return booked");
        }
        if (maxDaysBeforeBoarding != null) {
            parts.add("booked at most " + maxDaysBeforeBoarding + " day(s) before boarding");
        }
        if (minPartySize != null) {
            parts.add("at least " + minPartySize + " passengers on one booking");
        }
        return String.join(", ", parts);
    }
}
