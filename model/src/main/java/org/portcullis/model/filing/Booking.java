package org.portcullis.model.filing;

import java.time.LocalDate;

/**
 * A passenger's booking as the carrier holds it: its reference (shared by those booked together), the day it was
 * made, how it was paid (CASH, CARD, BANK_TRANSFER, VOUCHER, OTHER) and whether it is one way.
 */
public record Booking(String reference, LocalDate bookedOn, String paymentMethod, Boolean oneWay) {
}
