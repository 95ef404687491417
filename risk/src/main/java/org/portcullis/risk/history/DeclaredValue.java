package org.portcullis.risk.history;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The value declared for a goods item (WCO Data Model: invoice amount with its currency, ISO 4217 code). The
 * published filing formats carry no value yet, so only generated history has one; risk analysis compares it per
 * kilogram with what goods of the same HS code and origin usually declare.
 */
public record DeclaredValue(BigDecimal amount, String currency) {

    public DeclaredValue {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a declared value cannot be negative: " + amount);
        }
        try {
            Currency.getInstance(currency == null ? "" : currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + currency + "' is not an ISO 4217 currency code", e);
        }
    }
}
