package org.portcullis.casework.clearancecertificate;

/** A clearance certificate was asked for a case that is not released (or does not exist). */
public class CaseNotReleasedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseNotReleasedException(String message) {
        super(message);
    }
}
