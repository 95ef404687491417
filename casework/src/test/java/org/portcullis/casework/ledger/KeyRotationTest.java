package org.portcullis.casework.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.ledger.EntryKind;
import org.portcullis.ledger.LogEntry;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.json.JsonText;
import org.portcullis.ledger.json.LogJson;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.ledger.sth.SignedTreeHead;
import org.portcullis.ledger.verify.LogChecks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The key rotation docs/ledger.md describes: the log runs with key A, is restarted with a new key B (A retired), and
 * grows. Tree heads signed before keep A's signature and verify with A only, new ones with B only; the consistency
 * proof across the switch holds with each head checked by its own key; the key list serves both.
 */
class KeyRotationTest {

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final JdbcClient jdbc = database.jdbc();
    private final LedgerRepository repository = new LedgerRepository(jdbc);
    private final LogKey oldKey = LogKey.generate();
    private final LogKey newKey = LogKey.generate();

    @Test
    void treeHeadsBeforeTheRotationVerifyWithTheOldKeyAndLaterOnesWithTheNew() {
        Node before = node(oldKey, RetiredLogKeys.NONE);
        append(5);
        before.sequencer.sequence();
        SignedTreeHead older = before.tree.signedHead();

        Node after = node(newKey, new RetiredLogKeys(List.of(oldKey.publicKey())));
        assertThat(LogJson.sth(after.tree.signedHead())).as("no new leaf: the last head stays as A signed it")
                .isEqualTo(LogJson.sth(older));
        append(3);
        after.sequencer.sequence();
        SignedTreeHead newer = after.tree.signedHead();

        assertThat(newer.treeHead().treeSize()).isEqualTo(8);
        assertThat(new LogChecks(oldKey.publicKey()).sth(older)).isEmpty();
        assertThat(new LogChecks(newKey.publicKey()).sth(older)).isNotEmpty();
        assertThat(new LogChecks(newKey.publicKey()).sth(newer)).isEmpty();
        assertThat(new LogChecks(oldKey.publicKey()).sth(newer)).isNotEmpty();
        assertThat(repository.treeHead(5).map(LogJson::sth)).contains(LogJson.sth(older));

        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) JsonText.parse(after.publicLog.consistency(5, null));
        LogChecks bothKeys = new LogChecks(List.of(newKey.publicKey(), oldKey.publicKey()));
        assertThat(bothKeys.consistency(older, LogJson.readConsistency(LogJson.object(answer, "consistency")),
                LogJson.readSth(LogJson.object(answer, "sth")))).isEmpty();
        assertThat(new LogChecks(newKey.publicKey()).consistency(older, LogJson.readConsistency(
                LogJson.object(answer, "consistency")), newer)).as("the old head needs the old key").isNotEmpty();
    }

    @Test
    void theKeyListServesTheCurrentKeyFirstAndTheRetiredOne() {
        Node after = node(newKey, new RetiredLogKeys(List.of(oldKey.publicKey())));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> keys = (List<Map<String, Object>>) ((Map<String, Object>) JsonText
                .parse(after.publicLog.keys())).get("keys");

        assertThat(keys).extracting(key -> key.get("log_id"), key -> key.get("current")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(newKey.logId(), true),
                org.assertj.core.groups.Tuple.tuple(oldKey.logId(), false));
        assertThat(keys.get(1).get("key")).isEqualTo(oldKey.publicKeyPem());
    }

    private void append(int entries) {
        for (int i = 0; i < entries; i++) {
            LogEntry entry = new LogEntry(EntryKind.NOTICE_ISSUED, Instant.now(), Map.of("noticeId", "n-" + i
                    + "-" + System.nanoTime()));
            repository.addPending(entry.kind().name(), null, entry.text(), entry.at());
        }
    }

    /** A node of the log started with this key, as after a restart. */
    private Node node(LogKey key, RetiredLogKeys retired) {
        LogTree tree = new LogTree(new TransparencyLog(key), repository, Clock.systemUTC());
        LedgerSequencer sequencer = new LedgerSequencer(repository, tree,
                new DataSourceTransactionManager(database.dataSource()), Clock.systemUTC());
        return new Node(tree, sequencer, new PublicLog(repository, tree, sequencer, retired));
    }

    private record Node(LogTree tree, LedgerSequencer sequencer, PublicLog publicLog) {
    }
}
