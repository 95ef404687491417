package org.portcullis.casework.retention;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.portcullis.casework.agency.AgencyRetention;
import org.portcullis.casework.documents.StoredDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the retention periods ({@link RetentionProperties}) once a day: empties the bodies of carriers' messages
 * older than their period, erases closed cases whose last change is older than theirs, a batch at a time, the
 * redress records that ended that long ago (a record in effect or awaiting approval stays, whatever its age), and
 * applies each agency's own period to its access log and its records of closed cases ({@link AgencyRetention});
 * then the stored documents nothing refers to any more (a body still the document of a case's LRN or version stays
 * until the case is erased).
 * Every node may run it: each step is safe to run twice or at once.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final int CASES_PER_RUN = 1_000;
    private static final List<String> CLOSED = List.of("RELEASED", "SEIZED", "CANCELLED");

    /** A stored document is erased once nothing refers to it and it was not stored or used again for this long. */
    private static final Duration DOCUMENT_GRACE = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final CaseErasure erasure;
    private final StoredDocuments stored;
    private final RetentionProperties properties;
    private final AgencyRetention agencyRetention;
    private final Clock clock;

    RetentionJob(JdbcClient jdbc, CaseErasure erasure, StoredDocuments stored, RetentionProperties properties,
            AgencyRetention agencyRetention, Clock clock) {
        this.jdbc = jdbc;
        this.erasure = erasure;
        this.stored = stored;
        this.properties = properties;
        this.agencyRetention = agencyRetention;
        this.clock = clock;
    }

    @Scheduled(cron = "${portcullis.retention.schedule:0 30 3 * * *}")
    void scheduled() {
        if (properties.enabled()) {
            run();
        }
    }

    /** One pass; returns what it did. */
    public Result run() {
        Instant now = clock.instant();
        int bodies = jdbc.sql("""
                update inbound_message set body = ?, body_sha256 = null
                where received_at < ? and (octet_length(body) > 0 or body_sha256 is not null)""")
                .params(new byte[0], utc(before(now, properties.messageBodies()))).update();
        List<String> expired = jdbc.sql("select mrn from clearance_case where status in (:closed) "
                        + "and updated_at < :before order by updated_at limit " + CASES_PER_RUN)
                .param("closed", CLOSED).param("before", utc(before(now, properties.closedCases())))
                .query(String.class).list();
        expired.forEach(erasure::erase);
        Instant endedBefore = before(now, properties.closedCases());
        int redress = jdbc.sql("""
                delete from redress_record where revoked_at < :before or rejected_at < :before
                or expires_on < :beforeDay""")
                .param("before", utc(endedBefore))
                .param("beforeDay", Date.valueOf(endedBefore.atOffset(ZoneOffset.UTC).toLocalDate()))
                .update();
        int agencyRows = agencyRetention.apply(now);
        int documents = stored.eraseUnreferenced(now.minus(DOCUMENT_GRACE));
        if (bodies > 0 || !expired.isEmpty() || redress > 0 || agencyRows > 0 || documents > 0) {
            log.info("Retention: {} message bodies emptied, {} closed cases erased, {} ended redress records erased, "
                    + "{} rows past an agency's period erased, {} documents no longer referred to erased", bodies,
                    expired.size(), redress, agencyRows, documents);
        }
        return new Result(bodies, expired.size(), redress, documents);
    }

    private static Instant before(Instant now, java.time.Period period) {
        return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }

    /**
     * How many message bodies were emptied, closed cases erased, redress records erased that ended (revoked,
     * rejected or expired) longer ago than closed cases are kept, and stored documents erased that nothing refers
     * to any more.
     */
    public record Result(int messageBodies, int closedCases, int redressRecords, int documents) {
    }
}
