package org.portcullis.model.filing;

/** A yes/no answer of the Maritime Declaration of Health with the particulars the master gave for it. */
public record HealthAnswer(boolean answer, String details) {

    public static HealthAnswer no() {
        return new HealthAnswer(false, null);
    }

    public static HealthAnswer yes(String details) {
        return new HealthAnswer(true, details);
    }
}
