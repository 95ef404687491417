package org.portcullis.casework.rules;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.engine.PartyHistory;
import org.portcullis.rules.engine.PartyKeys;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The traders (consignors) seen in assessed filings, with the case that first named them. A trader is recorded in
 * a transaction of its own: two assessments naming the same new trader at once both succeed (one records it), and
 * a later rollback of the assessment does not unsee a trader that was filed.
 */
@Repository
class KnownParties implements PartyHistory {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    KnownParties(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Set<String> seenBefore(Collection<String> keys, String mrn) {
        Set<String> seen = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            seen.addAll(jdbc.sql("select party_key from party_seen where party_key in (:keys) and first_mrn <> :mrn")
                    .param("keys", all.subList(from, Math.min(from + CHUNK, all.size()))).param("mrn", mrn)
                    .query(String.class).list());
        }
        return seen;
    }

    /** Records the filing's consignors not seen before as first seen in this case. */
    void record(Filing filing, Mrn mrn) {
        Set<String> keys = new LinkedHashSet<>();
        filing.consignments().stream().filter(c -> c.consignor() != null).forEach(c -> keys.add(
                PartyKeys.of(c.consignor().name(), c.consignor().country() == null ? null
                        : c.consignor().country().value())));
        Set<String> known = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            known.addAll(jdbc.sql("select party_key from party_seen where party_key in (:keys)")
                    .param("keys", all.subList(from, Math.min(from + CHUNK, all.size()))).query(String.class).list());
        }
        var now = utc(clock.instant());
        keys.stream().filter(key -> !known.contains(key)).forEach(key -> {
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.sql(
                        "insert into party_seen (party_key, first_mrn, first_seen_at) values (?, ?, ?)")
                        .params(key, mrn.value(), now).update());
            } catch (DuplicateKeyException e) {
                // another assessment recorded the same trader a moment ago
            }
        });
    }
}
