package org.portcullis.casework.intake;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portcullis.model.intake.Locations;
import org.portcullis.model.intake.Locations.Element;
import org.portcullis.model.intake.Syntax;
import org.portcullis.model.clearance.ClearanceCases;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/**
 * Registers an original filing (a new LRN). It opens a new case under a new MRN, unless it quotes the MRN of one of
 * the carrier's cases: then it is another part of that case's port call (crew after cargo, say) and joins it, the
 * case's filing becomes the merge of all its LRNs and is assessed again, and the carrier gets ACCEPTED with that
 * MRN. A part must name the case's port call (vessel, port of call, voyage number), and the case must still be open.
 */
@Component
class OriginalFilings {

    private final FiledLrnRepository filed;
    private final CaseVersions cases;
    private final ClearanceCases clearance;
    private final Savepoints savepoints;
    private final CountryCode authority;
    private final Clock clock;

    OriginalFilings(FiledLrnRepository filed, CaseVersions cases, ClearanceCases clearance, Savepoints savepoints,
            AuthorityProperties authority, Clock clock) {
        this.filed = filed;
        this.cases = cases;
        this.clearance = clearance;
        this.savepoints = savepoints;
        this.authority = CountryCode.of(authority.country());
        this.clock = clock;
    }

    /**
     * @param asReceived the SHA-256 of the message's body when that body is the filing's stored form (JSON), else
     *     null and the filing is stored in its published form
     */
    IntakeDecision register(long serial, Filing filing, String quotedMrn, Syntax syntax, Locations at,
            String asReceived) {
        String carrierId = filing.header().carrierId();
        String lrn = filing.header().lrn();
        if (filed.lock(carrierId, lrn).isPresent()) {
            return IntakeDecision.refused(ValidationError.of(ErrorCode.LRN_ALREADY_FILED, at.of(Element.LRN),
                    "LRN " + lrn + " was already filed as an original"));
        }
        if (quotedMrn != null) {
            return join(quotedMrn, filing, syntax, at, asReceived);
        }
        Mrn mrn = Mrn.issue(clock.instant().atZone(ZoneOffset.UTC).getYear(), authority, serial);
        String document = asReceived != null ? asReceived : cases.store(filing);
        cases.open(mrn, filing, document, syntax);
        filed.insert(carrierId, lrn, mrn.value(), document, filing.header().sentAt(), clock.instant());
        clearance.open(mrn);
        return IntakeDecision.accepted(NoticeType.ACCEPTED, mrn);
    }

    /** Adds the filing to the quoted case and has it assessed again; nothing is kept when the case refuses it. */
    private IntakeDecision join(String quotedMrn, Filing filing, Syntax syntax, Locations at, String asReceived) {
        Optional<Filing> current = cases.currentFiling(quotedMrn, filing.header());
        if (current.isEmpty()) {
            return IntakeDecision.refused(ValidationError.of(ErrorCode.MRN_INVALID, at.of(Element.MRN),
                    "MRN " + quotedMrn + " is not a case of carrier " + filing.header().carrierId()));
        }
        Optional<ValidationError> otherPortCall = PortCall.of(current.get()).differenceFrom(PortCall.of(filing), at);
        if (otherPortCall.isPresent()) {
            return IntakeDecision.refused(otherPortCall.get());
        }
        Mrn mrn = Mrn.of(quotedMrn);
        boolean joined = savepoints.attempt(() -> {
            filed.insert(filing.header().carrierId(), filing.header().lrn(), mrn.value(),
                    asReceived != null ? asReceived : cases.store(filing), filing.header().sentAt(), clock.instant());
            cases.addVersion(mrn, merged(mrn, filing.header()), syntax);
            clearance.amend(mrn);
        });
        return joined ? IntakeDecision.accepted(NoticeType.ACCEPTED, mrn)
                : IntakeDecision.refused(ValidationError.of(ErrorCode.CASE_CLOSED, at.of(Element.MRN),
                        "case " + mrn + " has been decided or has ended; it takes no more parts"));
    }

    /** The case's standing filings merged under the header of the message that changed them. */
    Filing merged(Mrn mrn, FilingHeader header) {
        List<Filing> standing = new ArrayList<>();
        for (String document : filed.activeDocuments(mrn.value())) {
            standing.add(cases.read(document, header));
        }
        return FilingMerge.merge(standing, header);
    }
}
