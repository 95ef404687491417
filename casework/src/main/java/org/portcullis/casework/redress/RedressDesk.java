package org.portcullis.casework.redress;

import static org.portcullis.casework.redress.RedressRefusedException.Reason.ALREADY_ENDED;
import static org.portcullis.casework.redress.RedressRefusedException.Reason.EXPIRY_NOT_AHEAD;
import static org.portcullis.casework.redress.RedressRefusedException.Reason.EXPIRY_REQUIRED;
import static org.portcullis.casework.redress.RedressRefusedException.Reason.EXPIRY_TOO_FAR;
import static org.portcullis.casework.redress.RedressRefusedException.Reason.NOT_PENDING;
import static org.portcullis.casework.redress.RedressRefusedException.Reason.NO_SUCH_RECORD;
import static org.portcullis.casework.redress.RedressRefusedException.Reason.OWN_RECORD;
import static org.portcullis.casework.redress.RedressRefusedException.Reason.REASON_REQUIRED;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.portcullis.casework.agency.AgenciesProperties;
import org.portcullis.casework.agency.AgencyMatches;
import org.portcullis.casework.agency.AgencyRecords;
import org.portcullis.casework.cases.AssessmentRepository;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.model.value.Mrn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redress with four eyes. An officer marks a watchlist match of a case as a false positive, with the reason and an
 * expiry (at most {@link #MAX_VALIDITY} ahead): a record on a POSSIBLE match takes effect at once, one on a CONFIRMED
 * match (which holds the filing) waits for a supervisor other than its author, who approves or rejects it with the
 * reason. A supervisor may revoke any record not ended. The log names the officers, the case and the entry, never
 * the person or the officers' text. Each step is also a leaf of the tamper-evident log (REDRESS_DECISION), recorded
 * in the step's transaction: the record's id, the step, the agency, the case, the officer, the reason's digest.
 *
 * <p>A match belongs to the agency whose assessment screened it: customs' main assessment (the lead agency's, parties)
 * or another agency's (border police's, persons). Its record names that agency, and only that agency's supervisors
 * approve, reject, revoke or list it; to a supervisor of another agency it does not exist.
 */
@Service
public class RedressDesk {

    /** How long a redress may hold before an officer must look at the subject again. */
    public static final Period MAX_VALIDITY = Period.ofYears(2);
    private static final int MAX_REASON = 1000;
    private static final Logger log = LoggerFactory.getLogger(RedressDesk.class);

    private final RedressStore store;
    private final AssessmentRepository assessments;
    private final AgencyRecords agencyRecords;
    private final String lead;
    private final Ledger ledger;
    private final Clock clock;

    RedressDesk(RedressStore store, AssessmentRepository assessments, AgencyRecords agencyRecords,
            AgenciesProperties agencies, Ledger ledger, Clock clock) {
        this.store = store;
        this.assessments = assessments;
        this.agencyRecords = agencyRecords;
        this.lead = agencies.lead();
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Marks a match of the lead agency's (customs') latest assessment; see {@link #mark(String, String, int, String, LocalDate, String)}. */
    @Transactional
    @PreAuthorize("hasAnyRole('CLERK', 'SUPERVISOR')")
    public Optional<RedressRecord> mark(String mrn, int position, String reason, LocalDate expiresOn,
            String officer) {
        return mark(mrn, lead, position, reason, expiresOn, officer);
    }

    /**
     * Marks the match at {@code position} of the agency's latest assessment of the case as a false positive; empty
     * when the case, the agency's assessment or the match does not exist.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CLERK', 'SUPERVISOR')")
    public Optional<RedressRecord> mark(String mrn, String agency, int position, String reason, LocalDate expiresOn,
            String officer) {
        Optional<ScreeningMatch> match = matches(mrn, agency)
                .filter(matches -> position >= 0 && position < matches.size())
                .map(matches -> matches.get(position));
        if (match.isEmpty()) {
            return Optional.empty();
        }
        String why = required(reason);
        LocalDate today = today();
        if (expiresOn == null) {
            throw new RedressRefusedException(EXPIRY_REQUIRED, "a redress needs an expiry date");
        }
        if (!expiresOn.isAfter(today)) {
            throw new RedressRefusedException(EXPIRY_NOT_AHEAD, "the expiry must be after " + today);
        }
        if (expiresOn.isAfter(today.plus(MAX_VALIDITY))) {
            throw new RedressRefusedException(EXPIRY_TOO_FAR, "a redress holds at most until "
                    + today.plus(MAX_VALIDITY));
        }
        Instant now = clock.instant();
        long id = store.insert(match.get(), lead.equals(agency) ? null : agency, mrn, why, expiresOn, officer, now);
        RedressRecord record = store.byId(id).orElseThrow();
        logStep(record, "MARKED", officer, why, now);
        log.info("Redress {}: {} marked a {} match of case {} to entry {} of {} as a false positive ({})", id,
                officer, record.markedOn(), mrn, record.entryId(), record.listName(), record.status(today));
        return Optional.of(record);
    }

    /** Approves a pending record of one of the supervisor's agencies (four eyes: not its author). */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'AGENCY_SUPERVISOR')")
    public RedressRecord approve(long id, String supervisor, Collection<String> supervised) {
        RedressRecord record = existing(id, supervised);
        if (record.markedBy().equals(supervisor)) {
            throw new RedressRefusedException(OWN_RECORD, "the officer who marked a match cannot approve it");
        }
        Instant now = clock.instant();
        if (record.status(today()) != RedressStatus.PENDING || !store.approve(id, supervisor, now)) {
            throw new RedressRefusedException(NOT_PENDING, "redress " + id + " is not awaiting approval");
        }
        logStep(record, "APPROVED", supervisor, null, now);
        log.info("Redress {}: {} approved it (case {}, entry {} of {})", id, supervisor, record.mrn(),
                record.entryId(), record.listName());
        return existing(id, supervised);
    }

    /** Rejects a pending record of one of the supervisor's agencies, with the reason. */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'AGENCY_SUPERVISOR')")
    public RedressRecord reject(long id, String supervisor, String reason, Collection<String> supervised) {
        String why = required(reason);
        RedressRecord record = existing(id, supervised);
        Instant now = clock.instant();
        if (record.status(today()) != RedressStatus.PENDING || !store.reject(id, supervisor, why, now)) {
            throw new RedressRefusedException(NOT_PENDING, "redress " + id + " is not awaiting approval");
        }
        logStep(record, "REJECTED", supervisor, why, now);
        log.info("Redress {}: {} rejected it (case {})", id, supervisor, record.mrn());
        return existing(id, supervised);
    }

    /** Ends a record of one of the supervisor's agencies, with the reason: the subject is matched again. */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'AGENCY_SUPERVISOR')")
    public RedressRecord revoke(long id, String supervisor, String reason, Collection<String> supervised) {
        String why = required(reason);
        RedressRecord record = existing(id, supervised);
        Instant now = clock.instant();
        if (!store.revoke(id, supervisor, why, now)) {
            throw new RedressRefusedException(ALREADY_ENDED, "redress " + id + " was already ended");
        }
        logStep(record, "REVOKED", supervisor, why, now);
        log.info("Redress {}: {} revoked it (case {})", id, supervisor, record.mrn());
        return existing(id, supervised);
    }

    /** The latest records of these agencies, newest first (those awaiting approval only, or all). */
    public List<RedressRecord> latest(boolean pendingOnly, int limit, Collection<String> agencies) {
        return store.latest(pendingOnly, limit, lead, agencies);
    }

    /** The records marked on this case's matches of the lead agency (customs' case file), oldest first. */
    public List<RedressRecord> ofCase(String mrn) {
        return ofCase(mrn, lead);
    }

    /** The records marked on this case's matches of the agency, oldest first. */
    public List<RedressRecord> ofCase(String mrn, String agency) {
        return store.ofCase(mrn).stream().filter(record -> agencyOf(record).equals(agency)).toList();
    }

    /** The agency whose match a record was marked on (the lead agency for records that name none). */
    public String agencyOf(RedressRecord record) {
        return record.agency() == null ? lead : record.agency();
    }

    /** The latest record for the subject and entry of each match that has one, whatever case it was marked on. */
    public List<RedressRecord> latestFor(List<ScreeningMatch> matches) {
        return matches.stream().map(match -> store.latest(match.listName(), match.entryId(), match.subjectKey()))
                .flatMap(Optional::stream).distinct().toList();
    }

    public Optional<RedressRecord> find(long id) {
        return store.byId(id);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A step taken on the record, as a leaf of the log (in the caller's transaction). */
    private void logStep(RedressRecord record, String step, String officer, String reason, Instant at) {
        ledger.record(LedgerEntries.redressStep(record.id(), step, agencyOf(record), record.mrn(), officer, reason, at),
                LedgerEntries.redressRef(record.id()));
    }

    /** The record, when it is of one of these agencies: another agency's record is not there for its supervisors. */
    private RedressRecord existing(long id, Collection<String> agencies) {
        return store.byId(id).filter(record -> agencies.contains(agencyOf(record)))
                .orElseThrow(() -> new RedressRefusedException(NO_SUCH_RECORD, "no redress " + id));
    }

    /** The matches of the agency's latest assessment of the case that the rules saw (in their positions). */
    private Optional<List<ScreeningMatch>> matches(String mrn, String agency) {
        if (!Mrn.isValid(mrn)) {
            return Optional.empty();
        }
        if (lead.equals(agency)) {
            return assessments.latest(Mrn.of(mrn)).map(assessment -> assessment.screeningMatches());
        }
        return agencyRecords.latestMatches(Mrn.of(mrn)).stream().filter(matches -> matches.agency().equals(agency))
                .findFirst().map(AgencyMatches::matches);
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new RedressRefusedException(REASON_REQUIRED, "a reason of 1 to " + MAX_REASON + " characters");
        }
        return reason.strip();
    }
}
