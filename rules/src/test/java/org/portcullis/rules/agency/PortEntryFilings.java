package org.portcullis.rules.agency;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.HealthAnswer;
import org.portcullis.model.filing.HealthDeclaration;
import org.portcullis.model.filing.HealthQuestions;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.PortVisit;
import org.portcullis.model.filing.RecentPortCall;
import org.portcullis.model.filing.SanitationCertificate;
import org.portcullis.model.filing.SecurityCertificate;
import org.portcullis.model.filing.SecurityOfficer;
import org.portcullis.model.filing.ShipSecurity;
import org.portcullis.model.filing.WasteItem;
import org.portcullis.model.filing.WasteNotification;
import org.portcullis.model.filing.WasteType;
import org.portcullis.model.value.UnLocode;
import org.portcullis.rules.engine.TestFilings;

/** Filings with a full health declaration, security information and a waste notification, each part clean. */
final class PortEntryFilings {

    static final LocalDate ARRIVAL = TestFilings.ARRIVAL;

    private PortEntryFilings() {
    }

    /** The nine answers, all no. */
    static HealthQuestions allNo() {
        HealthAnswer no = HealthAnswer.no();
        return new HealthQuestions(no, no, no, no, no, no, no, no, no);
    }

    static SanitationCertificate certificateExpiring(LocalDate expiry) {
        return new SanitationCertificate(SanitationCertificate.SanitationCertificateType.EXEMPTION,
                UnLocode.of("SGSIN"), "MPA Singapore", expiry.minusMonths(6), expiry, false);
    }

    static HealthDeclaration health(HealthQuestions questions, SanitationCertificate certificate,
            List<RecentPortCall> portsVisited) {
        return new HealthDeclaration(0, 0, false, null, questions, certificate, HealthAnswer.no(), portsVisited,
                List.of(), 22, 0);
    }

    static HealthDeclaration cleanHealth() {
        return health(allNo(), certificateExpiring(ARRIVAL.plusMonths(3)), List.of());
    }

    static ShipSecurity security(LocalDate certificateExpiry, String officer) {
        return new ShipSecurity(new SecurityCertificate(SecurityCertificate.SecurityCertificateType.FULL,
                "Panama Maritime Authority", certificateExpiry), null, true,
                officer == null ? null : new SecurityOfficer(officer, "+870773123456", null), null);
    }

    static WasteNotification waste(WasteNotification.WasteDelivery delivery, String retained, String capacity,
            String generated) {
        return new WasteNotification(UnLocode.of("SGSIN"), ARRIVAL.minusDays(20), delivery, UnLocode.of("DEHAM"),
                List.of(new WasteItem(WasteType.SEWAGE, null, BigDecimal.ZERO, new BigDecimal(capacity),
                        new BigDecimal(retained), UnLocode.of("DEHAM"), new BigDecimal(generated))));
    }

    /** A cargo-free filing of the test vessel with these parts (null: the part is absent). */
    static Filing filing(HealthDeclaration health, ShipSecurity security, WasteNotification waste) {
        return filing(health, security, waste, 1, List.of());
    }

    static Filing filing(HealthDeclaration health, ShipSecurity security, WasteNotification waste,
            Integer securityLevel, List<PortVisit> previousPorts) {
        Filing base = TestFilings.filing(List.of());
        PortCall call = new PortCall(base.portCall().voyageNumber(), base.portCall().portOfCall(),
                base.portCall().eta(), base.portCall().nextPort(), securityLevel, previousPorts);
        return new Filing(base.header(), base.vessel(), call, List.of(), List.of(), List.of(), health, List.of(),
                List.of(), List.of(), security, waste);
    }

    static PortVisit visit(String port, int daysBeforeArrival, int securityLevel, String measures) {
        var left = TestFilings.ETA.minus(Duration.ofDays(daysBeforeArrival));
        return new PortVisit(UnLocode.of(port), left.minus(Duration.ofDays(1)), left, securityLevel, measures);
    }
}
