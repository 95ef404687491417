package org.portcullis.rules.fact;

import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.certificate.CertificateCheck;
import org.portcullis.model.certificate.CertificateProblem;

/**
 * One ship certificate the filing refers to, as the authority's check of it found it (the check reads the trusted
 * issuers before the rules run): {@code CertificateFact( signatureInvalid )}, {@code issuerUnknown},
 * {@code expired}, {@code revoked}, {@code declarationDiffers}; {@code getReasons()} says why in plain words.
 */
public class CertificateFact implements TargetFact {

    private final CertificateCheck check;
    private final String vessel;

    public CertificateFact(CertificateCheck check, String vessel) {
        this.check = check;
        this.vessel = vessel;
    }

    public String getType() {
        return check.certificate().type();
    }

    public String getNumber() {
        return check.certificate().number();
    }

    public String getTrackingNumber() {
        return check.certificate().trackingNumber();
    }

    public String getIssuer() {
        return check.certificate().issuer();
    }

    public boolean isVerified() {
        return check.verified();
    }

    public boolean isSignatureInvalid() {
        return check.has(CertificateProblem.SIGNATURE_INVALID);
    }

    public boolean isIssuerUnknown() {
        return check.has(CertificateProblem.ISSUER_UNKNOWN);
    }

    /** Expired before the port call ends, or issued only after the arrival. */
    public boolean isExpired() {
        return check.has(CertificateProblem.EXPIRED) || check.has(CertificateProblem.NOT_YET_VALID);
    }

    public boolean isRevoked() {
        return check.has(CertificateProblem.REVOKED);
    }

    public boolean isDeclarationDiffers() {
        return check.has(CertificateProblem.DECLARATION_DIFFERS);
    }

    /** The problems found, in plain sentences. */
    public String getReasons() {
        return check.reasons();
    }

    /** "ISSC 12345 (tracking number T-1)", as the officer reads it. */
    public String getLabel() {
        return getType() + " " + getNumber() + " (tracking number " + getTrackingNumber() + ")";
    }

    @Override
    public Target target() {
        return new Target(TargetKind.VESSEL, vessel);
    }
}
