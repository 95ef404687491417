package org.portcullis.rules.screening;

/**
 * One listed person: the list and the entry's id on it, the name as listed, the date of birth (yyyy-MM-dd, or the
 * year alone when only that is known; null when unknown), nationality (ISO 3166 alpha-2), a travel document
 * number, and why the person is listed.
 */
public record PersonWatchlistEntry(String listName, String entryId, String name, String dateOfBirth,
        String nationality, String documentNumber, String reason) {
}
