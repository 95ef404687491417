package org.portcullis.casework.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.MovingClock;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.ledger.EntryKind;
import org.portcullis.ledger.LogEntry;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.json.JsonText;
import org.portcullis.ledger.json.LogJson;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.ledger.sth.SignedTreeHead;
import org.portcullis.ledger.verify.LogChecks;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Tree heads signed on a schedule (here: every 5 leaves or every hour) rather than after every group, while a
 * receipt still carries a signed head that includes its leaf, signed for it when the latest does not.
 */
class TreeHeadScheduleTest {

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final LedgerRepository repository = new LedgerRepository(database.jdbc());
    private final LogKey key = LogKey.generate();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-06T04:00:00Z"));
    private final LogTree tree = new LogTree(new TransparencyLog(key), repository, clock,
            new TreeHeadSchedule(Duration.ofHours(1), 5));
    private final LedgerSequencer sequencer = new LedgerSequencer(repository, tree,
            new DataSourceTransactionManager(database.dataSource()), clock);
    private final PublicLog log = new PublicLog(repository, tree, sequencer, RetiredLogKeys.NONE);
    private int entries;

    @Test
    void aHeadIsSignedOnceEnoughLeavesCameOrEnoughTimePassedNotAfterEveryGroup() {
        sequencer.sequence();
        assertThat(publishedSize()).as("the first head, of the empty log").isZero();

        append(3);
        sequencer.sequence();
        assertThat(publishedSize()).as("3 leaves: none due").isZero();

        append(2);
        sequencer.sequence();
        assertThat(publishedSize()).as("5 leaves since the last head").isEqualTo(5);

        append(1);
        sequencer.sequence();
        clock.advance(Duration.ofMinutes(59));
        sequencer.sequence();
        assertThat(publishedSize()).isEqualTo(5);
        clock.advance(Duration.ofMinutes(1));
        sequencer.sequence();
        assertThat(publishedSize()).as("an hour after the last head, with nothing more recorded").isEqualTo(6);
    }

    @Test
    void aReceiptCarriesASignedHeadIncludingItsLeafEvenWhenNoneIsDue() {
        sequencer.sequence();
        append(2);
        sequencer.sequence();
        assertThat(publishedSize()).isZero();

        @SuppressWarnings("unchecked")
        Map<String, Object> receipt = (Map<String, Object>) JsonText.parse(log.receipt("entry/1").orElseThrow());

        SignedTreeHead sth = LogJson.readSth(LogJson.object(receipt, "sth"));
        assertThat(sth.treeHead().treeSize()).isEqualTo(2);
        assertThat(new LogChecks(key.publicKey()).receipt(receipt, null)).isEmpty();
        assertThat(publishedSize()).as("the head signed for the receipt is the latest from then on").isEqualTo(2);
        assertThat(log.receipt("entry/0").orElseThrow()).as("an earlier leaf's receipt reuses it").contains(
                LogJson.sth(sth));
    }

    private long publishedSize() {
        return LogJson.readSth(LogJson.object(json(log.sth()), "sth")).treeHead().treeSize();
    }

    private void append(int count) {
        for (int i = 0; i < count; i++) {
            int entry = entries++;
            repository.addPending(EntryKind.NOTICE_ISSUED.name(), "entry/" + entry, new LogEntry(
                    EntryKind.NOTICE_ISSUED, clock.instant(), Map.of("noticeId", "n-" + entry)).text(), clock.instant());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) JsonText.parse(text);
    }
}
