package org.portcullis.casework.clearancecertificate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.casework.ledger.PublicLog;
import org.portcullis.casework.notice.NoticeRepository;
import org.portcullis.casework.notice.StoredNotice;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.certificate.ClearanceJws;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portcullis's own clearance certificates (docs/ledger.md): for a released case, a JWS signed with the log's key
 * that names the case, the vessel, the port and the log index of the RELEASED notice it certifies. One per case,
 * issued on the first request and given again after; each is logged as a CERTIFICATE_ISSUED leaf. Anyone verifies
 * one with the public key alone ({@link #verify}, or the verifier jar offline).
 */
@Service
public class ClearanceCertificates {

    private final CaseFileRepository cases;
    private final NoticeRepository notices;
    private final PublicLog log;
    private final Ledger ledger;
    private final LogKey key;
    private final ClearanceCertificateRepository certificates;
    private final Clock clock;
    private final ClearanceCertificateProperties properties;

    ClearanceCertificates(CaseFileRepository cases, NoticeRepository notices, PublicLog log, Ledger ledger,
            TransparencyLog transparencyLog, ClearanceCertificateRepository certificates, Clock clock,
            ClearanceCertificateProperties properties) {
        this.cases = cases;
        this.notices = notices;
        this.log = log;
        this.ledger = ledger;
        this.key = transparencyLog.key();
        this.certificates = certificates;
        this.clock = clock;
        this.properties = properties;
    }

    /** The case's certificate, issued now when it has none; refused unless the case is released. */
    @Transactional
    public IssuedCertificate issue(Mrn mrn, String requestedBy) {
        cases.lockForWork(mrn);
        Optional<IssuedCertificate> issued = certificates.forCase(mrn.value());
        if (issued.isPresent()) {
            return issued.get();
        }
        CaseSummary summary = cases.summary(mrn).orElseThrow(() -> new CaseNotReleasedException("no case " + mrn));
        if (summary.status() != CaseStatus.RELEASED) {
            throw new CaseNotReleasedException("case " + mrn + " is " + summary.status() + ", not RELEASED");
        }
        StoredNotice release = notices.forCase(mrn.value()).stream()
                .filter(notice -> NoticeType.RELEASED.name().equals(notice.type()))
                .max(Comparator.comparing(StoredNotice::createdAt))
                .orElseThrow(() -> new CaseNotReleasedException("case " + mrn + " has no RELEASED notice"));
        PublicLog.LoggedLeaf leaf = log.leafOf(LedgerEntries.noticeRef(release.noticeId()))
                .orElseThrow(() -> new IllegalStateException("the RELEASED notice " + release.noticeId()
                        + " has no leaf in the log"));
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as stored and read back on every database
        String jws = ClearanceJws.sign(key, claims(id, summary, release, leaf, now));
        IssuedCertificate certificate = new IssuedCertificate(id, mrn.value(), jws, leaf.index(), now, requestedBy);
        certificates.add(certificate);
        ledger.record(LedgerEntries.certificateIssued(id, mrn.value(), leaf.index(), jws, now),
                LedgerEntries.certificateRef(id));
        return certificate;
    }

    public Optional<IssuedCertificate> find(String id) {
        return certificates.find(id);
    }

    public Optional<IssuedCertificate> forCase(Mrn mrn) {
        return certificates.forCase(mrn.value());
    }

    /**
     * Checks a presented certificate: signed with the log's key (or a retired one) and unaltered, issued under its number (the very
     * JWS issued), and, when the verification URL names a log index, that index.
     */
    public ClearanceJws.Verification verify(String jws, String logIndex) {
        ClearanceJws.Verification checked = ClearanceJws.verify(jws, log.publicKeys());
        if (!checked.verified()) {
            return checked;
        }
        List<String> problems = new ArrayList<>();
        Optional<IssuedCertificate> issued = certificates.find(String.valueOf(checked.claim("certificateId")));
        if (issued.isEmpty() || !issued.get().jws().equals(jws.strip())) {
            problems.add("no certificate was issued under number " + checked.claim("certificateId"));
        }
        if (logIndex != null && !logIndex.isBlank() && !logIndex.strip().equals(checked.claim("logIndex"))) {
            problems.add("the link names log index " + logIndex + ", the certificate " + checked.claim("logIndex"));
        }
        return new ClearanceJws.Verification(checked.claims(), problems);
    }

    /** The URL its QR code holds: the public verification page with the log index and the certificate itself. */
    public String verificationUrl(IssuedCertificate certificate) {
        return properties.verifyUrl() + "?log=" + certificate.logIndex() + "&jws=" + certificate.jws();
    }

    private Map<String, String> claims(String id, CaseSummary summary, StoredNotice release,
            PublicLog.LoggedLeaf leaf, Instant now) {
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("certificateId", id);
        claims.put("issuer", properties.authority());
        claims.put("mrn", summary.mrn());
        claims.put("vesselImo", summary.vesselImo());
        claims.put("vesselName", summary.vesselName());
        claims.put("portOfCall", summary.portOfCall());
        claims.put("decision", NoticeType.RELEASED.name());
        claims.put("releasedAt", release.createdAt().toString());
        claims.put("logIndex", Long.toString(leaf.index()));
        claims.put("leafHash", Base64.getEncoder().encodeToString(leaf.leafHash()));
        claims.put("issuedAt", now.toString());
        return claims;
    }
}
