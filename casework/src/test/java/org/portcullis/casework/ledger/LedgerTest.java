package org.portcullis.casework.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.portcullis.ledger.EntryKind;
import org.portcullis.ledger.LogEntry;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.json.JsonText;
import org.portcullis.ledger.json.LogJson;
import org.portcullis.ledger.sth.SignedTreeHead;
import org.portcullis.ledger.verify.LogChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log over a real, migrated database: entries become leaves only with the transaction that recorded them,
 * consecutively, once each, and what the log signs and proves is checked with the ledger module's verifier and
 * against the RFC 6962 root written out once below.
 */
@SpringJUnitConfig(LedgerTestDatabase.class)
class LedgerTest {

    @Autowired
    Ledger ledger;
    @Autowired
    LedgerSequencer sequencer;
    @Autowired
    PublicLog publicLog;
    @Autowired
    TransparencyLog transparencyLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void anEntryBecomesALeafOnlyIfTheTransactionThatRecordedItCommits() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        int before = leafData().size();

        transaction.executeWithoutResult(status -> {
            ledger.record(entry("committed-1"), null);
            ledger.record(entry("committed-2"), null);
        });
        transaction.executeWithoutResult(status -> {
            ledger.record(entry("rolled-back"), null);
            status.setRollbackOnly();
        });
        sequencer.sequence();

        List<String> leaves = leafData();
        assertThat(leaves).hasSize(before + 2);
        assertThat(leaves.subList(before, leaves.size()))
                .containsExactly(entry("committed-1").text(), entry("committed-2").text());
        assertThat(pendingCount()).isZero();
    }

    @Test
    void theSignedTreeHeadSignsTheRfc6962RootOfEveryLeafInOrder() {
        for (int i = 0; i < 7; i++) {
            String id = "root-" + i;
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> ledger.record(entry(id), null));
        }
        sequencer.sequence();

        SignedTreeHead sth = latestSth();
        List<String> leaves = leafData();
        assertThat(checks().sth(sth)).isEmpty();
        assertThat(sth.treeHead().treeSize()).isEqualTo(leaves.size());
        assertThat(sth.treeHead().rootHash()).isEqualTo(rfc6962Root(leaves));
    }

    @Test
    void concurrentTransactionsGetConsecutiveLeavesNoneSkippedNoneTwice() throws Exception {
        int writers = 4;
        int entriesEach = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
                    for (int i = 0; i < entriesEach; i++) {
                        String id = "concurrent-" + writer + "-" + i;
                        transaction.executeWithoutResult(status -> ledger.record(entry(id), null));
                        if (i % 10 == 0) {
                            sequencer.sequence();
                        }
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        sequencer.sequence();

        List<Long> indexes = jdbc.sql("select leaf_index from ledger_leaf order by leaf_index").query(Long.class)
                .list();
        for (int i = 0; i < indexes.size(); i++) {
            assertThat(indexes.get(i)).as("leaf index at position " + i).isEqualTo(i);
        }
        List<String> concurrent = leafData().stream().filter(leaf -> leaf.contains("concurrent-")).toList();
        assertThat(concurrent).hasSize(writers * entriesEach).doesNotHaveDuplicates();
        assertThat(pendingCount()).isZero();
        assertThat(latestSth().treeHead().rootHash()).isEqualTo(rfc6962Root(leafData()));
    }

    @Test
    void aReceiptVerifiesWithThePublicKeyAndATamperedLeafDoesNot() {
        String ref = LedgerEntries.messageRef("ACME", "m-receipt");
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> ledger.record(entry("receipt-entry"), ref));

        String receipt = publicLog.receipt(ref).orElseThrow();

        assertThat(checks().receipt(json(receipt), null)).isEmpty();
        assertThat(checks().receipt(json(receipt.replace("receipt-entry", "receipt-entrx")), null))
                .anyMatch(problem -> problem.contains("the leaf was changed"));
    }

    @Test
    void aConsistencyProofShowsTheOlderTreeIsAPrefixOfTheLatest() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> ledger.record(entry("before-1"), null));
        sequencer.sequence();
        SignedTreeHead older = latestSth();
        transaction.executeWithoutResult(status -> {
            ledger.record(entry("after-1"), null);
            ledger.record(entry("after-2"), null);
        });
        sequencer.sequence();

        Map<String, Object> answer = json(publicLog.consistency(older.treeHead().treeSize(), null));
        SignedTreeHead newer = LogJson.readSth(LogJson.object(answer, "sth"));

        assertThat(newer.treeHead().treeSize()).isGreaterThan(older.treeHead().treeSize());
        assertThat(checks().consistency(older, LogJson.readConsistency(LogJson.object(answer, "consistency")),
                newer)).isEmpty();
    }

    private LogChecks checks() {
        return new LogChecks(transparencyLog.key().publicKey());
    }

    private SignedTreeHead latestSth() {
        return LogJson.readSth(LogJson.object(json(publicLog.sth()), "sth"));
    }

    private List<String> leafData() {
        return jdbc.sql("select leaf_data from ledger_leaf order by leaf_index").query(String.class).list();
    }

    private int pendingCount() {
        return jdbc.sql("select count(*) from ledger_pending").query(Integer.class).single();
    }

    private static LogEntry entry(String messageId) {
        return new LogEntry(EntryKind.MESSAGE_RECEIVED, Instant.parse("2026-12-01T08:00:00Z"),
                Map.of("carrier", "ACME", "messageId", messageId));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) JsonText.parse(text);
    }

    /** RFC 6962 section 2.1, MTH over the leaves' data, written out here independently of the log's tree. */
    private static byte[] rfc6962Root(List<String> leaves) {
        if (leaves.isEmpty()) {
            return sha256(new byte[0]);
        }
        if (leaves.size() == 1) {
            return sha256(prefixed((byte) 0, leaves.get(0).getBytes(StandardCharsets.UTF_8)));
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        byte[] left = rfc6962Root(leaves.subList(0, k));
        byte[] right = rfc6962Root(leaves.subList(k, leaves.size()));
        byte[] both = new byte[64];
        System.arraycopy(left, 0, both, 0, 32);
        System.arraycopy(right, 0, both, 32, 32);
        return sha256(prefixed((byte) 1, both));
    }

    private static byte[] prefixed(byte prefix, byte[] data) {
        byte[] out = new byte[data.length + 1];
        out[0] = prefix;
        System.arraycopy(data, 0, out, 1, data.length);
        return out;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
