package org.portcullis.rules.screening;

import java.util.Locale;

/** Travel document numbers compared as their letters and digits only, upper case. */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    public static String normalise(String number) {
        if (number == null) {
            return null;
        }
        String plain = number.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return plain.isEmpty() ? null : plain;
    }
}
