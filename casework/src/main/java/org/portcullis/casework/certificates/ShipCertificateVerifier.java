package org.portcullis.casework.certificates;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.portcullis.model.certificate.CertificateCheck;
import org.portcullis.model.certificate.CertificateProblem;
import org.portcullis.model.certificate.ShipCertificateChecks;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.ShipCertificate;

/**
 * Checks each ship certificate of a filing against the trusted issuers: that its JWS is signed by a trusted issuer's
 * key and verifies, that what the filing declares is what the issuer signed (tracking number, number, type, dates,
 * issuer, the ship's IMO number), that it is valid over the port call (issued by the ETA, not expiring before the
 * ETD, or the ETA when none is given), and that its tracking number is not revoked. The dates checked are the signed
 * ones when the signature verifies, else the declared ones.
 */
public class ShipCertificateVerifier implements ShipCertificateChecks {

    private final Supplier<TrustedIssuers> issuers;

    public ShipCertificateVerifier(Supplier<TrustedIssuers> issuers) {
        this.issuers = issuers;
    }

    @Override
    public List<CertificateCheck> of(Filing filing) {
        TrustedIssuers trusted = issuers.get();
        List<CertificateCheck> checks = new ArrayList<>();
        for (int i = 0; i < filing.certificates().size(); i++) {
            checks.add(check(i, filing.certificates().get(i), filing, trusted));
        }
        return checks;
    }

    private CertificateCheck check(int index, ShipCertificate declared, Filing filing, TrustedIssuers trusted) {
        List<CertificateCheck.Finding> problems = new ArrayList<>();
        Optional<SignedForm> signed = SignedForm.parse(declared.jws());
        Optional<TrustedIssuers.IssuerKey> key = signed.flatMap(form -> trusted.key(form.keyId()));
        boolean verified = false;
        if (signed.isEmpty()) {
            problems.add(problem(CertificateProblem.SIGNATURE_INVALID, "The signed form is not a readable JWS."));
        } else if (key.isEmpty()) {
            problems.add(problem(CertificateProblem.ISSUER_UNKNOWN, "It is signed with key \""
                    + signed.get().keyId() + "\", which is no key of a trusted issuer."));
        } else if (!signed.get().verifiesWith(key.get().key())) {
            problems.add(problem(CertificateProblem.SIGNATURE_INVALID, "Its signature does not verify with "
                    + key.get().issuerName() + "'s key " + key.get().kid()
                    + ": the certificate was altered or not signed by that issuer."));
        } else {
            verified = true;
            differences(declared, signed.get(), key.get(), filing).forEach(difference -> problems.add(
                    problem(CertificateProblem.DECLARATION_DIFFERS, difference)));
        }
        LocalDate issued = verified ? date(signed.get().claim("issueDate")) : declared.issueDate();
        LocalDate expires = verified ? date(signed.get().claim("expiryDate")) : declared.expiryDate();
        validity(issued, expires, filing.portCall()).ifPresent(problems::add);
        String signedTracking = verified ? signed.get().claim("trackingNumber") : null;
        if (trusted.revoked(declared.trackingNumber()) || trusted.revoked(signedTracking)) {
            problems.add(problem(CertificateProblem.REVOKED, "Its tracking number "
                    + declared.trackingNumber() + " is on the revocation list: the issuer withdrew it."));
        }
        return new CertificateCheck(index, declared, verified ? key.get().issuerName() : null, problems);
    }

    private static List<String> differences(ShipCertificate declared, SignedForm signed,
            TrustedIssuers.IssuerKey key, Filing filing) {
        List<String> differences = new ArrayList<>();
        compare(differences, "tracking number", declared.trackingNumber(), signed.claim("trackingNumber"));
        compare(differences, "number", declared.number(), signed.claim("number"));
        compare(differences, "type", declared.type(), signed.claim("type"));
        compare(differences, "issue date", text(declared.issueDate()), signed.claim("issueDate"));
        compare(differences, "expiry date", text(declared.expiryDate()), signed.claim("expiryDate"));
        compare(differences, "ship's IMO number", filing.vessel().imoNumber().toString(), signed.claim("imoNumber"));
        if (!declared.issuer().equalsIgnoreCase(key.issuerId())
                && !declared.issuer().equalsIgnoreCase(key.issuerName())) {
            differences.add("The declared issuer \"" + declared.issuer() + "\" is not " + key.issuerName()
                    + ", who signed it.");
        }
        return differences;
    }

    private static void compare(List<String> differences, String what, String declared, String signed) {
        if (!Objects.equals(blankToNull(declared), blankToNull(signed))) {
            differences.add("The declared " + what + " " + quoted(declared) + " is not the signed one, "
                    + quoted(signed) + ".");
        }
    }

    private static Optional<CertificateCheck.Finding> validity(LocalDate issued, LocalDate expires,
            PortCall portCall) {
        LocalDate arrival = LocalDate.ofInstant(portCall.eta(), ZoneOffset.UTC);
        LocalDate departure = portCall.etd() == null ? arrival : LocalDate.ofInstant(portCall.etd(), ZoneOffset.UTC);
        if (expires != null && expires.isBefore(departure)) {
            return Optional.of(problem(CertificateProblem.EXPIRED, "It expires on " + expires
                    + ", before the port call ends on " + departure + "."));
        }
        if (issued != null && issued.isAfter(arrival)) {
            return Optional.of(problem(CertificateProblem.NOT_YET_VALID, "It is issued on " + issued
                    + ", after the arrival on " + arrival + "."));
        }
        return Optional.empty();
    }

    private static CertificateCheck.Finding problem(CertificateProblem problem, String reason) {
        return new CertificateCheck.Finding(problem, reason);
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String quoted(String text) {
        return text == null ? "(none)" : "\"" + text + "\"";
    }
}
