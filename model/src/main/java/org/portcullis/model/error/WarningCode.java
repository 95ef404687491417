package org.portcullis.model.error;

/**
 * What an accepted message may be warned about: it is taken as it is, but something in it looks wrong and the
 * carrier should check it. The codes are a public contract beside the error codes: docs/error-codes.md lists each.
 */
public enum WarningCode {
    ETA_IN_PAST("The estimated time of arrival was already past when Portcullis received the message.",
            "Send an amendment with the vessel's current ETA; deadlines are counted from the ETA, so a past one leaves officers no time to act.");

    private final String meaning;
    private final String hint;

    WarningCode(String meaning, String hint) {
        this.meaning = meaning;
        this.hint = hint;
    }

    public String meaning() {
        return meaning;
    }

    public String hint() {
        return hint;
    }
}
