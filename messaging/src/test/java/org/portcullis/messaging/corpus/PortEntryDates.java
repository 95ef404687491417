package org.portcullis.messaging.corpus;

import java.time.LocalDate;
import org.portcullis.messaging.sample.DateShift;
import org.portcullis.model.filing.HealthDeclaration;
import org.portcullis.model.filing.IllPerson;
import org.portcullis.model.filing.RecentPortCall;
import org.portcullis.model.filing.SanitationCertificate;
import org.portcullis.model.filing.SecurityCertificate;
import org.portcullis.model.filing.ShipSecurity;
import org.portcullis.model.filing.WasteNotification;

/** The dates of the health declaration, the security information and the waste notification, moved by a shift's days. */
final class PortEntryDates {

    private PortEntryDates() {
    }

    static HealthDeclaration moved(HealthDeclaration h, DateShift shift) {
        if (h == null) {
            return null;
        }
        SanitationCertificate c = h.sanitationCertificate();
        SanitationCertificate certificate = c == null ? null : new SanitationCertificate(c.type(), c.issuedAt(),
                c.issuer(), date(c.dateOfIssue(), shift), date(c.expiry(), shift), c.reinspectionRequired());
        return new HealthDeclaration(h.personsIll(), h.deaths(), h.suspectedInfectiousDisease(), h.details(),
                h.questions(), certificate, h.affectedAreaVisited(),
                h.portsVisited().stream().map(p -> new RecentPortCall(p.port(), date(p.departure(), shift))).toList(),
                h.illPersons().stream().map(p -> new IllPerson(p.name(), p.classOrRating(), p.age(), p.sex(),
                        p.nationality(), p.portJoined(), date(p.dateJoined(), shift), p.natureOfIllness(),
                        date(p.onsetOfSymptoms(), shift), p.reportedToPortMedicalOfficer(), p.disposal(), p.treatment(),
                        p.comments())).toList(), h.crewOnBoard(), h.passengersOnBoard());
    }

    static ShipSecurity moved(ShipSecurity s, DateShift shift) {
        if (s == null || s.certificate() == null) {
            return s;
        }
        SecurityCertificate c = s.certificate();
        return new ShipSecurity(new SecurityCertificate(c.type(), c.issuer(), date(c.expiry(), shift)),
                s.noValidCertificateReason(), s.approvedSecurityPlanOnBoard(), s.shipSecurityOfficer(),
                s.companySecurityOfficer());
    }

    static WasteNotification moved(WasteNotification w, DateShift shift) {
        return w == null ? null : new WasteNotification(w.lastDeliveryPort(), date(w.lastDeliveryDate(), shift),
                w.delivery(), w.nextDeliveryPort(), w.wastes());
    }

    private static LocalDate date(LocalDate date, DateShift shift) {
        return date == null ? null : shift.apply(date);
    }
}
