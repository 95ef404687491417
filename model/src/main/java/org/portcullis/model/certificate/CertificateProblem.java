package org.portcullis.model.certificate;

/** What can be wrong with a ship certificate a filing refers to; the rules decide what each means. */
public enum CertificateProblem {
    /** No signed form, or a signature that does not verify with the issuer's key. */
    SIGNATURE_INVALID,
    /** The signing issuer is not among the authority's trusted issuers. */
    ISSUER_UNKNOWN,
    /** The certificate expires before the port call ends (or before the ETA when no departure is known). */
    EXPIRED,
    /** The certificate is issued after the ETA. */
    NOT_YET_VALID,
    /** The issuer revoked the certificate (its tracking number is on the authority's revocation list). */
    REVOKED,
    /** The declared fields (tracking number, number, type, issuer, dates) differ from the signed ones. */
    DECLARATION_DIFFERS
}
