package org.portcullis.model.filing;

/**
 * The ship's pre-arrival security information (SOLAS XI-2/9, ISPS Code, IMO MSC/Circ.1130): its International Ship
 * Security Certificate (or why it has none valid), whether an approved ship security plan is on board, and the
 * ship and company security officers. The security level at each of the last ten ports, with any special or
 * additional measures taken there, is on the port call ({@link PortVisit}).
 */
public record ShipSecurity(SecurityCertificate certificate, String noValidCertificateReason,
        Boolean approvedSecurityPlanOnBoard, SecurityOfficer shipSecurityOfficer,
        SecurityOfficer companySecurityOfficer) {
}
