package org.portcullis.casework.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.portcullis.casework.agency.AgenciesProperties;
import org.portcullis.casework.agency.AgencyRecords;
import org.portcullis.casework.agency.PersonalDataAccessLog;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.CaseHistoryRepository;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.value.Mrn;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;
import org.portcullis.sharing.disclosure.AgencyDecision;
import org.portcullis.sharing.disclosure.AgencyFinding;
import org.portcullis.sharing.disclosure.Disclosure;
import org.portcullis.sharing.disclosure.FilingRedaction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file as one officer may see it, the only way the officers' pages read a case: the disclosure of the
 * officer's agencies is applied here, where the data leaves the store, so a field the agreement does not give
 * never reaches the page's model. A case whose filing none of the officer's agencies sees is not found. Every
 * view that shows persons is written to the access log.
 */
@Service
public class OfficerCaseFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DOCUMENT_PARTS = List.of("health", "security", "waste");

    private final CaseFileViews views;
    private final CaseFileRepository cases;
    private final CaseHistoryRepository history;
    private final FilingVersions versions;
    private final Agencies agencies;
    private final AgenciesProperties properties;
    private final AgencyRecords records;
    private final PersonalDataAccessLog accessLog;
    private final CaseScreening screening;

    public OfficerCaseFiles(CaseFileViews views, CaseFileRepository cases, CaseHistoryRepository history,
            FilingVersions versions, Agencies agencies, AgenciesProperties properties, AgencyRecords records,
            PersonalDataAccessLog accessLog, CaseScreening screening) {
        this.views = views;
        this.cases = cases;
        this.history = history;
        this.versions = versions;
        this.agencies = agencies;
        this.properties = properties;
        this.records = records;
        this.accessLog = accessLog;
        this.screening = screening;
    }

    /** The case file for an officer in these groups, or empty when there is no such case or it is not theirs. */
    @Transactional(readOnly = true)
    public Optional<OfficerCaseFile> find(String mrnText, String officer, Collection<String> groups) {
        if (!Mrn.isValid(mrnText)) {
            return Optional.empty();
        }
        return cases.summary(Mrn.of(mrnText)).flatMap(summary -> of(summary, officer, groups));
    }

    /** The case file of a case whose summary the caller read already; empty when the officer may not see it. */
    @Transactional(readOnly = true)
    public Optional<OfficerCaseFile> of(CaseSummary summary, String officer, Collection<String> groups) {
        Disclosure disclosure = Disclosure.forGroups(agencies, groups).forFiling(summary.registeredAt());
        if (disclosure.isEmpty()) {
            return Optional.empty();
        }
        Mrn mrn = Mrn.of(summary.mrn());
        String lead = properties.lead();
        boolean leadDetailed = disclosure.readsReasonsOf(lead);
        CaseFileView full = views.of(summary);
        List<CaseHistoryRepository.FilingVersion> stored = history.versions(mrn);
        UnaryOperator<String> projection = document -> write(disclosure.document(read(document)));
        List<FilingVersions.Version> shownVersions = versions.of(stored, projection);
        CaseFileView shown = leadDetailed
                ? new CaseFileView(summary, FilingRedaction.redact(full.filing(), disclosure),
                        readable(full.assessment(), disclosure, lead),
                        full.decisions(), full.notices(), full.inspections(), full.answers(), full.portCallEvents(),
                        full.terminalNotices(), new CaseFileView.CaseHistory(full.history().timeline(),
                                full.history().processPath(), shownVersions, full.history().redress()),
                        full.sensors())
                : new CaseFileView(summary, FilingRedaction.redact(full.filing(), disclosure), null, List.of(),
                        List.of(), List.of(), List.of(), full.portCallEvents(), List.of(),
                        new CaseFileView.CaseHistory(List.of(), null, shownVersions), SensorEvidence.NONE);
        AgencyPart part = new AgencyPart(List.copyOf(disclosure.agencyIds()), lead, leadDetailed,
                disclosure.findings(findings(full, mrn, lead)), disclosure.decisions(decisions(full, mrn, lead)),
                records.states(mrn), particulars(disclosure, stored), accessLogFor(summary.mrn(), groups),
                screening.parts(mrn, lead, full, disclosure, groups));
        List<Agency> showingPersons = accessLog.showingPersons(disclosure.agencyIds(), summary.registeredAt());
        boolean personsShown = !shown.filing().crew().isEmpty() || !shown.filing().passengers().isEmpty();
        if (personsShown && !showingPersons.isEmpty()) {
            accessLog.record(officer, showingPersons, summary.mrn(), "case file: crew and passengers");
        }
        return Optional.of(new OfficerCaseFile(shown, part));
    }

    /**
     * Whether an officer in these groups may mark the agency's watchlist matches on the case (redress): an officer or
     * supervisor of that agency ({@code agency} null: the lead's), which sees the case's filing.
     */
    @Transactional(readOnly = true)
    public boolean redresses(String mrnText, String agency, Collection<String> groups) {
        String whose = agency == null ? properties.lead() : agency;
        return Mrn.isValid(mrnText) && agencies.ofGroups(groups).stream().anyMatch(a -> a.id().equals(whose))
                && cases.summary(Mrn.of(mrnText)).map(summary -> Disclosure.forGroups(agencies, groups)
                        .forFiling(summary.registeredAt()).agencyIds().contains(whose)).orElse(false);
    }

    /**
     * From when the officer's agencies see filings (registered on or after it, UTC day): the earliest of their
     * agreements; {@link Instant#EPOCH} for all filings, empty when the officer is in no agency.
     */
    public Optional<Instant> seesFilingsFrom(Collection<String> groups) {
        return Disclosure.forGroups(agencies, groups).seesFilingsFrom();
    }

    /**
     * The main assessment's findings are the lead's, except those a rule gave to another agency ({@code @agency}):
     * a health rule's reason quotes the health declaration, which the lead may not read.
     */
    private List<AgencyFinding> findings(CaseFileView full, Mrn mrn, String lead) {
        List<AgencyFinding> all = new ArrayList<>();
        if (full.assessment() != null) {
            full.assessment().findings().forEach(finding -> all.add(new AgencyFinding(owner(finding, lead), finding)));
        }
        all.addAll(records.latestFindings(mrn));
        return all;
    }

    private List<AgencyDecision> decisions(CaseFileView full, Mrn mrn, String lead) {
        List<AgencyDecision> all = new ArrayList<>();
        full.decisions().forEach(decision -> all.add(new AgencyDecision(lead, decision)));
        all.addAll(records.decisions(mrn));
        return all;
    }

    /** Health, security and waste of the current version, projected, as pretty JSON (only the parts shown). */
    private static Map<String, String> particulars(Disclosure disclosure,
            List<CaseHistoryRepository.FilingVersion> stored) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (stored.isEmpty()) {
            return parts;
        }
        JsonNode projected = disclosure.document(read(stored.get(stored.size() - 1).document()));
        for (String part : DOCUMENT_PARTS) {
            JsonNode node = projected.get(part);
            if (node != null && !node.isNull()) {
                parts.put(part, node.toPrettyString());
            }
        }
        return parts;
    }

    private String owner(Finding finding, String lead) {
        return finding.agency() != null && agencies.byId(finding.agency()).isPresent() ? finding.agency() : lead;
    }

    /** The main assessment with only the findings whose reasons the officer reads. */
    private Assessment readable(Assessment assessment, Disclosure disclosure, String lead) {
        if (assessment == null) {
            return null;
        }
        return new Assessment(assessment.findings().stream()
                .filter(finding -> disclosure.readsReasonsOf(owner(finding, lead))).toList(), assessment.outcome(),
                assessment.lane(), assessment.ruleSetVersion(), assessment.assessedAt(), assessment.consignments(),
                assessment.screeningMatches(), assessment.setAsideMatches());
    }

    /** The access log of the case for the agencies whose supervisors the officer is one of. */
    private List<PersonalDataAccessLog.Entry> accessLogFor(String mrn, Collection<String> groups) {
        List<String> supervised = agencies.all().stream()
                .filter(agency -> agency.groups().supervisors().stream().anyMatch(groups::contains))
                .map(Agency::id).toList();
        return accessLog.ofCase(mrn, supervised);
    }

    private static JsonNode read(String document) {
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored filing version is not JSON", e);
        }
    }

    private static String write(JsonNode document) {
        return document.toString();
    }

    /** The case file shown and the agencies' part of it. */
    public record OfficerCaseFile(CaseFileView caseFile, AgencyPart agencies) {
    }
}
