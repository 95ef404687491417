package org.portcullis.rules.fact;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Someone who can be recognised on another list: by travel document number, or by the words of the name with the
 * date of birth. Rules ask {@code isSamePersonAs($other)}.
 */
public interface Identifiable {

    /** The travel document number in letters and digits only, upper case; null when none is known. */
    String getDocumentKey();

    /** The words of the name, sorted (the same in any order). */
    String getNameWordsKey();

    LocalDate getDateOfBirth();

    /**
     * The same travel document, or the same name with no date of birth that differs (a renewed passport has a new
     * number, a sign-off gives no date of birth).
     */
    default boolean isSamePersonAs(Identifiable other) {
        if (getDocumentKey() != null && getDocumentKey().equals(other.getDocumentKey())) {
            return true;
        }
        boolean birthAgrees = getDateOfBirth() == null || other.getDateOfBirth() == null
                || getDateOfBirth().equals(other.getDateOfBirth());
        return !getNameWordsKey().isEmpty() && getNameWordsKey().equals(other.getNameWordsKey()) && birthAgrees;
    }

    /** True when both carry the same travel document number. */
    default boolean hasSameDocumentAs(Identifiable other) {
        return getDocumentKey() != null && Objects.equals(getDocumentKey(), other.getDocumentKey());
    }
}
