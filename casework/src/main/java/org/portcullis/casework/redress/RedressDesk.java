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
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.portcullis.casework.cases.AssessmentRepository;
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
 * the person or the officers' text.
 */
@Service
public class RedressDesk {

    /** How long a redress may hold before an officer must look at the subject again. */
    public static final Period MAX_VALIDITY = Period.ofYears(2);
    private static final int MAX_REASON = 1000;
    private static final Logger log = LoggerFactory.getLogger(RedressDesk.class);

    private final RedressStore store;
    private final AssessmentRepository assessments;
    private final Clock clock;

    RedressDesk(RedressStore store, AssessmentRepository assessments, Clock clock) {
        this.store = store;
        this.assessments = assessments;
        this.clock = clock;
    }

    /**
     * Marks the match at {@code position} of the case's latest assessment as a false positive; empty when the case
     * or the match does not exist.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CLERK', 'SUPERVISOR')")
    public Optional<RedressRecord> mark(String mrn, int position, String reason, LocalDate expiresOn,
            String officer) {
        Optional<ScreeningMatch> match = Mrn.isValid(mrn) ? assessments.latest(Mrn.of(mrn))
                .map(assessment -> assessment.screeningMatches())
                .filter(matches -> position >= 0 && position < matches.size())
                .map(matches -> matches.get(position)) : Optional.empty();
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
        long id = store.insert(match.get(), mrn, why, expiresOn, officer, clock.instant());
        RedressRecord record = store.byId(id).orElseThrow();
        log.info("Redress {}: {} marked a {} match of case {} to entry {} of {} as a false positive ({})", id,
                officer, record.markedOn(), mrn, record.entryId(), record.listName(), record.status(today));
        return Optional.of(record);
    }

    /** Approves a pending record (four eyes: not its author). */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public RedressRecord approve(long id, String supervisor) {
        RedressRecord record = existing(id);
        if (record.markedBy().equals(supervisor)) {
            throw new RedressRefusedException(OWN_RECORD, "the officer who marked a match cannot approve it");
        }
        if (record.status(today()) != RedressStatus.PENDING || !store.approve(id, supervisor, clock.instant())) {
            throw new RedressRefusedException(NOT_PENDING, "redress " + id + " is not awaiting approval");
        }
        log.info("Redress {}: {} approved it (case {}, entry {} of {})", id, supervisor, record.mrn(),
                record.entryId(), record.listName());
        return existing(id);
    }

    /** Rejects a pending record, with the reason. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public RedressRecord reject(long id, String supervisor, String reason) {
        String why = required(reason);
        RedressRecord record = existing(id);
        if (record.status(today()) != RedressStatus.PENDING
                || !store.reject(id, supervisor, why, clock.instant())) {
            throw new RedressRefusedException(NOT_PENDING, "redress " + id + " is not awaiting approval");
        }
        log.info("Redress {}: {} rejected it (case {})", id, supervisor, record.mrn());
        return existing(id);
    }

    /** Ends a record that was not ended, with the reason: the subject is matched to the entry again. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public RedressRecord revoke(long id, String supervisor, String reason) {
        String why = required(reason);
        RedressRecord record = existing(id);
        if (!store.revoke(id, supervisor, why, clock.instant())) {
            throw new RedressRefusedException(ALREADY_ENDED, "redress " + id + " was already ended");
        }
        log.info("Redress {}: {} revoked it (case {})", id, supervisor, record.mrn());
        return existing(id);
    }

    /** The latest records, newest first (those awaiting approval only, or all). */
    public List<RedressRecord> latest(boolean pendingOnly, int limit) {
        return store.latest(pendingOnly, limit);
    }

    /** The records marked on this case's matches, oldest first. */
    public List<RedressRecord> ofCase(String mrn) {
        return store.ofCase(mrn);
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

    private RedressRecord existing(long id) {
        return store.byId(id).orElseThrow(() -> new RedressRefusedException(NO_SUCH_RECORD, "no redress " + id));
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new RedressRefusedException(REASON_REQUIRED, "a reason of 1 to " + MAX_REASON + " characters");
        }
        return reason.strip();
    }
}
