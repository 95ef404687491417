package org.portcullis.casework.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.casework.BenchmarkReport;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.ledger.EntryKind;
import org.portcullis.ledger.LogEntry;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.testing.postgres.TestPostgres;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log's cost per filing on an in-memory H2 database, or PostgreSQL with {@code -Dportcullis.test.database=postgresql}
 * (docs/performance.md): a green filing writes three entries
 * (MESSAGE_RECEIVED, its ACCEPTED notice, its ASSESSMENT_COMPLETE notice) in its transactions, the sequencer makes
 * them leaves and signs tree heads (in groups of 200, and a group per filing as the application's commits wake the
 * sequencer), and its ACCEPTED notice carries a receipt. Each figure is the median
 * of five rounds after two warm-up rounds; nothing about time is asserted.
 */
class LedgerBenchmark {

    private static final BenchmarkReport REPORT = new BenchmarkReport(Path.of("target", "benchmark", "ledger.txt"),
            LoggerFactory.getLogger(LedgerBenchmark.class));
    private static final int ENTRIES_PER_FILING = 3;
    private static final int FILINGS_PER_ROUND = 2_000;

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(database.dataSource());
    private final LedgerRepository repository = new LedgerRepository(database.jdbc());
    private final List<Long> elapsed = new ArrayList<>();
    private LogTree tree;
    private LedgerSequencer sequencer;
    private Ledger ledger;
    private PublicLog publicLog;
    private int filings;

    /** Each schedule on a database of its own: the default, and a tree head after every group (as before). */
    static List<Arguments> schedules() {
        return List.of(Arguments.of("a tree head at most every second or 1,000 leaves (the default)",
                new TreeHeadSchedule(Duration.ofSeconds(1), 1_000)),
                Arguments.of("a tree head signed after every group (as before)", TreeHeadSchedule.EVERY_GROUP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void costOfTheLogPerFiling(String described, TreeHeadSchedule schedule) {
        tree = new LogTree(new TransparencyLog(LogKey.generate()), repository, Clock.systemUTC(), schedule);
        sequencer = new LedgerSequencer(repository, tree, transactions, Clock.systemUTC());
        ledger = new Ledger(repository, sequencer);
        publicLog = new PublicLog(repository, tree, sequencer, RetiredLogKeys.NONE);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        double recordMicros = median(round -> {
            for (int i = 0; i < FILINGS_PER_ROUND; i++) {
                int filing = filings++;
                transaction.executeWithoutResult(status -> record(filing));
            }
        }, FILINGS_PER_ROUND);
        double sequenceMicros = median(round -> {
            for (int i = 0; i < FILINGS_PER_ROUND; i++) {
                int filing = filings++;
                transaction.executeWithoutResult(status -> record(filing));
            }
            long start = System.nanoTime();
            while (sequencer.sequence() > 0) {
                // groups of 200 entries, a tree head signed after each
            }
            elapsed.add(System.nanoTime() - start);
        }, FILINGS_PER_ROUND);
        long headsBefore = treeHeads();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double asTheApplicationMicros = median(round -> {
            long nanos = 0;
            for (int i = 0; i < FILINGS_PER_ROUND / 4; i++) {
                int filing = filings++;
                transaction.executeWithoutResult(status -> recordIntake(filing));
                long start = threads.getCurrentThreadCpuTime();
                sequencer.sequence();
                assertThat(publicLog.receipt(LedgerEntries.messageRef("BENCH", "m-" + filing))).isPresent();
                nanos += threads.getCurrentThreadCpuTime() - start;
                transaction.executeWithoutResult(status -> recordNotice(filing, "ASSESSMENT_COMPLETE"));
                start = threads.getCurrentThreadCpuTime();
                sequencer.sequence();
                nanos += threads.getCurrentThreadCpuTime() - start;
            }
            elapsed.add(nanos);
        }, FILINGS_PER_ROUND / 4);
        double headsPerFiling = (treeHeads() - headsBefore) / (7.0 * (FILINGS_PER_ROUND / 4));
        double receiptMicros = median(round -> {
            for (int i = 0; i < FILINGS_PER_ROUND; i++) {
                int filing = (int) ((long) i * 7919 % filings);
                assertThat(publicLog.receipt(LedgerEntries.messageRef("BENCH", "m-" + filing))).isPresent();
            }
        }, FILINGS_PER_ROUND);

        REPORT.line("log cost per green filing (%d entries), %s, %s, tree of %,d leaves at the end:",
                ENTRIES_PER_FILING, TestPostgres.selected() ? "PostgreSQL" : "H2 in memory", described,
                tree.current().size());
        REPORT.line("  recording its entries, each filing's three in a transaction of their own (an upper bound: in "
                + "the application they share the filing's transactions): %.1f us", recordMicros);
        REPORT.line("  sequencing them into leaves and signing tree heads, groups of 200: %.1f us", sequenceMicros);
        REPORT.line("  as in the application, where each commit wakes the sequencer: the message and its ACCEPTED "
                + "notice sequenced, the receipt built, then the ASSESSMENT_COMPLETE notice sequenced: %.1f us of "
                + "this thread's CPU (with H2's work, without PostgreSQL's: a server process)",
                asTheApplicationMicros);
        REPORT.line("    tree heads signed in it: %.2f per filing", headsPerFiling);
        REPORT.line("  building the receipt of its ACCEPTED notice: %.1f us", receiptMicros);
    }

    private void record(int filing) {
        recordIntake(filing);
        recordNotice(filing, "ASSESSMENT_COMPLETE");
    }

    private long treeHeads() {
        return database.jdbc().sql("select count(*) from ledger_tree_head").query(Long.class).single();
    }

    /** What the intake records in the filing's transaction: the message and its ACCEPTED notice. */
    private void recordIntake(int filing) {
        ledger.record(new LogEntry(EntryKind.MESSAGE_RECEIVED, Instant.now(), Map.of("carrier", "BENCH", "messageId",
                "m-" + filing, "sha256", "0".repeat(64))), LedgerEntries.messageRef("BENCH", "m-" + filing));
        recordNotice(filing, "ACCEPTED");
    }

    private void recordNotice(int filing, String type) {
        ledger.record(new LogEntry(EntryKind.NOTICE_ISSUED, Instant.now(), Map.of("noticeId", type + "-" + filing,
                "type", type, "carrier", "BENCH", "sha256", "0".repeat(64))), "notice/" + type + "-" + filing);
    }

    /**
     * Microseconds per filing, median of five rounds after two warm-ups; a round that times a part of itself adds
     * that time to {@link #elapsed}, otherwise the whole round counts.
     */
    private double median(IntConsumer round, int perRound) {
        List<Double> figures = new ArrayList<>();
        for (int r = 0; r < 7; r++) {
            elapsed.clear();
            long start = System.nanoTime();
            round.accept(r);
            long nanos = elapsed.isEmpty() ? System.nanoTime() - start : elapsed.get(0);
            if (r >= 2) {
                figures.add(nanos / 1_000.0 / perRound);
            }
        }
        figures.sort(Double::compare);
        return figures.get(figures.size() / 2);
    }
}
