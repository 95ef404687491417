package org.portcullis.processes.identity;

/** An officer's user id and full name (empty when the account has none). */
public record OfficerName(String userId, String fullName) {
}
