package org.portcullis.casework.officerdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.portcullis.casework.agency.AgenciesProperties;
import org.portcullis.casework.agency.AgencyRecords;
import org.portcullis.casework.agency.PersonalDataAccessLog;
import org.portcullis.casework.casefile.OfficerCaseFiles;
import org.portcullis.casework.cases.AssessmentRepository;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.value.Mrn;
import org.portcullis.sharing.disclosure.AgencyScreeningMatch;
import org.springframework.stereotype.Service;

/**
 * A person's record for an officer whose agreements show persons: the person as the agreements give it, the port
 * calls that listed the same person (from the first day the officer's agencies see filings), the watchlist matches
 * of the case the officer may read, and who of the officer's agencies opened this person's record. Opening it is
 * written to the access log first, so the officer's own view is in the list.
 */
@Service
public class PersonRecords {

    private final OfficerFilings filings;
    private final OfficerCaseFiles caseFiles;
    private final PersonPortCalls portCalls;
    private final AssessmentRepository assessments;
    private final PersonalDataAccessLog accessLog;
    private final AgenciesProperties properties;
    private final AgencyRecords agencyRecords;

    public PersonRecords(OfficerFilings filings, OfficerCaseFiles caseFiles, PersonPortCalls portCalls,
            AssessmentRepository assessments, PersonalDataAccessLog accessLog, AgenciesProperties properties,
            AgencyRecords agencyRecords) {
        this.filings = filings;
        this.caseFiles = caseFiles;
        this.portCalls = portCalls;
        this.assessments = assessments;
        this.accessLog = accessLog;
        this.properties = properties;
        this.agencyRecords = agencyRecords;
    }

    /** The record, or empty when there is no such person or the officer's agreements show no persons of the case. */
    public Optional<PersonRecord> open(String mrn, int position, String officer, Collection<String> groups) {
        Optional<DisclosedFiling> found = filings.find(mrn, groups).filter(DisclosedFiling::showsPersons);
        if (found.isEmpty() || position < 0 || position >= found.get().persons().size()) {
            return Optional.empty();
        }
        DisclosedFiling filing = found.get();
        DisclosedFiling.Person person = filing.persons().get(position);
        Optional<PersonPortCalls.Listed> listed = portCalls.listed(filing.summary().mrn(), position);
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        String key = listed.get().accessKey();
        accessLog.recordPerson(officer, filing.showingPersons(), filing.summary().mrn(),
                "person record: " + person.role().toLowerCase() + " " + position, key);
        Instant from = caseFiles.seesFilingsFrom(groups).orElse(filing.summary().registeredAt());
        return Optional.of(new PersonRecord(filing, person, portCalls.of(listed.get(), from),
                matches(filing, person), accessLog.ofPerson(key, filing.disclosure().agencyIds())));
    }

    /**
     * The case's watchlist matches of this person, each with the agency whose assessment screened it (border police's;
     * customs' for cases screened before persons were border police's), when the officer reads that agency's reasons.
     */
    private List<AgencyScreeningMatch> matches(DisclosedFiling filing, DisclosedFiling.Person person) {
        String reference = PersonRecord.targetReference(person);
        String lead = properties.lead();
        Mrn mrn = Mrn.of(filing.summary().mrn());
        List<AgencyScreeningMatch> all = new ArrayList<>();
        assessments.latest(mrn).ifPresent(assessment -> assessment.screeningMatches()
                .forEach(match -> all.add(new AgencyScreeningMatch(lead, match))));
        agencyRecords.latestMatches(mrn).stream().filter(matches -> !matches.agency().equals(lead))
                .forEach(matches -> matches.matches()
                        .forEach(match -> all.add(new AgencyScreeningMatch(matches.agency(), match))));
        return filing.disclosure().screeningMatches(all).stream()
                .filter(shown -> shown.match().subject().kind() == TargetKind.PERSON
                        && shown.match().subject().reference().equals(reference))
                .toList();
    }
}
