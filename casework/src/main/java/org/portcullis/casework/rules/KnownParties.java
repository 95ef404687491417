package org.portcullis.casework.rules;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * a later rollback of the assessment does not unsee a trader that was filed. A row is never changed or deleted once
 * written, so the rows this node has read or written are kept in memory and only keys it does not know are looked
 * up (a filing's known traders cost no statement); a trader another node recorded is found in the database.
 */
@Repository
class KnownParties implements PartyHistory {

    private static final int CHUNK = 500;
    /** Party keys held with their first case (a few hundred bytes each). */
    static final long KEYS_HELD = 50_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Cache<String, String> firstMrnByKey = Caffeine.newBuilder().maximumSize(KEYS_HELD)
            .executor(Runnable::run).build();

    KnownParties(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Set<String> seenBefore(Collection<String> keys, String mrn) {
        Set<String> seen = new HashSet<>();
        firstMrns(keys).forEach((key, firstMrn) -> {
            if (!firstMrn.equals(mrn)) {
                seen.add(key);
            }
        });
        return seen;
    }

    /**
     * Records the filing's consignors not seen before as first seen in this case, by their party keys
     * ({@link PartyKeys}; the assessment has worked them out already).
     */
    void record(Set<String> keys, Mrn mrn) {
        Map<String, String> known = firstMrns(keys);
        var now = utc(clock.instant());
        keys.stream().filter(key -> !known.containsKey(key)).forEach(key -> {
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.sql(
                        "insert into party_seen (party_key, first_mrn, first_seen_at) values (?, ?, ?)")
                        .params(key, mrn.value(), now).update());
                firstMrnByKey.put(key, mrn.value());
            } catch (DuplicateKeyException e) {
                // another assessment recorded the same trader a moment ago
            }
        });
    }

    /** The case that first named each of the keys party_seen holds; only keys not held in memory are read. */
    private Map<String, String> firstMrns(Collection<String> keys) {
        Map<String, String> first = new HashMap<>(firstMrnByKey.getAllPresent(keys));
        List<String> unknown = keys.stream().filter(key -> !first.containsKey(key)).distinct().toList();
        for (int from = 0; from < unknown.size(); from += CHUNK) {
            jdbc.sql("select party_key, first_mrn from party_seen where party_key in (:keys)")
                    .param("keys", unknown.subList(from, Math.min(from + CHUNK, unknown.size())))
                    .query((rs, row) -> Map.entry(rs.getString("party_key"), rs.getString("first_mrn"))).list()
                    .forEach(row -> {
                        first.put(row.getKey(), row.getValue());
                        firstMrnByKey.put(row.getKey(), row.getValue());
                    });
        }
        return first;
    }
}
