package org.portcullis.rules.fact.maritime;

import java.time.LocalDate;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.filing.ShipSecurity;
import org.portcullis.rules.fact.TargetFact;

/**
 * The ship's pre-arrival security information as the maritime authority's rules read it: the certificate and its
 * expiry against the day of arrival, the security officer, the level the ship operates at and the port of call.
 */
public class ShipSecurityFact implements TargetFact {

    private final String vessel;
    private final ShipSecurity security;
    private final Integer shipSecurityLevel;
    private final String portOfCall;
    private final LocalDate arrival;

    public ShipSecurityFact(String vessel, ShipSecurity security, Integer shipSecurityLevel, String portOfCall,
            LocalDate arrival) {
        this.vessel = vessel;
        this.security = security;
        this.shipSecurityLevel = shipSecurityLevel;
        this.portOfCall = portOfCall;
        this.arrival = arrival;
    }

    public boolean isCertificateDeclared() {
        return security.certificate() != null;
    }

    /** The certificate's expiry, or null without one. */
    public LocalDate getCertificateExpiry() {
        return security.certificate() == null ? null : security.certificate().expiry();
    }

    public boolean isCertificateExpired() {
        LocalDate expiry = getCertificateExpiry();
        return expiry != null && expiry.isBefore(arrival);
    }

    public String getNoValidCertificateReason() {
        return security.noValidCertificateReason() == null ? "" : security.noValidCertificateReason();
    }

    public boolean isSecurityOfficerNamed() {
        return security.shipSecurityOfficer() != null && security.shipSecurityOfficer().name() != null;
    }

    /** The ISPS level the ship operates at (1 to 3), or 0 when the port call does not say. */
    public int getShipSecurityLevel() {
        return shipSecurityLevel == null ? 0 : shipSecurityLevel;
    }

    public String getPortOfCall() {
        return portOfCall;
    }

    public LocalDate getArrival() {
        return arrival;
    }

    @Override
    public Target target() {
        return new Target(TargetKind.VESSEL, vessel);
    }
}
