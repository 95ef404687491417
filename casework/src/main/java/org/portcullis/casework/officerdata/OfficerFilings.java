package org.portcullis.casework.officerdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.portcullis.casework.agency.PersonalDataAccessLog;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.CaseHistoryRepository;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.model.value.Mrn;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.disclosure.Disclosure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current filing of a case for the officers' CSV exports, read API and person record: the same disclosure as
 * the case page ({@link org.portcullis.casework.casefile.OfficerCaseFiles}), applied to the published document
 * where it leaves the store, so a field the officer's agreements do not give is never in what is sent. A case none
 * of the officer's agencies sees is not found. Views of persons are written to the access log by the caller
 * through {@link #logPersonsShown}, once it knows it shows them.
 */
@Service
public class OfficerFilings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseFileRepository cases;
    private final CaseHistoryRepository history;
    private final Agencies agencies;
    private final PersonalDataAccessLog accessLog;

    public OfficerFilings(CaseFileRepository cases, CaseHistoryRepository history, Agencies agencies,
            PersonalDataAccessLog accessLog) {
        this.cases = cases;
        this.history = history;
        this.agencies = agencies;
        this.accessLog = accessLog;
    }

    /** The case's current filing as the officer in these groups may see it; empty when none or not theirs. */
    @Transactional(readOnly = true)
    public Optional<DisclosedFiling> find(String mrnText, Collection<String> groups) {
        if (!Mrn.isValid(mrnText)) {
            return Optional.empty();
        }
        return cases.summary(Mrn.of(mrnText)).flatMap(summary -> disclose(summary, groups));
    }

    /** Writes one access entry per agency of the officer whose agreement showed the filing's persons. */
    public void logPersonsShown(String officer, DisclosedFiling filing, String shown) {
        if (filing.showsPersons() && !filing.persons().isEmpty()) {
            accessLog.record(officer, filing.showingPersons(), filing.summary().mrn(), shown);
        }
    }

    private Optional<DisclosedFiling> disclose(CaseSummary summary, Collection<String> groups) {
        Disclosure disclosure = Disclosure.forGroups(agencies, groups).forFiling(summary.registeredAt());
        if (disclosure.isEmpty()) {
            return Optional.empty();
        }
        List<CaseHistoryRepository.FilingVersion> versions = history.versions(Mrn.of(summary.mrn()));
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        String stored = versions.get(versions.size() - 1).document();
        try {
            return Optional.of(new DisclosedFiling(summary, disclosure, disclosure.document(JSON.readTree(stored)),
                    accessLog.showingPersons(disclosure.agencyIds(), summary.registeredAt())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored filing of " + summary.mrn() + " is not JSON", e);
        }
    }
}
