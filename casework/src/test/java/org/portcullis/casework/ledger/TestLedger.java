package org.portcullis.casework.ledger;

import java.time.Clock;
import java.util.List;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.sth.LogKey;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The log over a test's own database, for tests that build their objects by hand (no Spring context): a fresh key,
 * the system clock, a sequencer the test runs itself.
 */
public record TestLedger(Ledger ledger, LedgerSequencer sequencer, PublicLog publicLog, MigratedDatabase database) {

    public static TestLedger on(MigratedDatabase database) {
        LedgerRepository repository = new LedgerRepository(database.jdbc());
        LogTree tree = new LogTree(new TransparencyLog(LogKey.generate()), repository, Clock.systemUTC(),
                TreeHeadSchedule.EVERY_GROUP);
        LedgerSequencer sequencer = new LedgerSequencer(repository, tree,
                new DataSourceTransactionManager(database.dataSource()), Clock.systemUTC());
        return new TestLedger(new Ledger(repository, sequencer), sequencer,
                new PublicLog(repository, tree, sequencer, RetiredLogKeys.NONE), database);
    }

    /** The data of the leaves recorded under {@code ref}, in log order, after sequencing every waiting entry. */
    public List<String> leaves(String ref) {
        return leavesWhere("ref", ref);
    }

    /** The data of the leaves of this kind, in log order, after sequencing every waiting entry. */
    public List<String> leavesOfKind(String kind) {
        return leavesWhere("kind", kind);
    }

    private List<String> leavesWhere(String column, String value) {
        while (sequencer.sequence() > 0) {
            // one group at a time
        }
        return database.jdbc().sql("select leaf_data from ledger_leaf where " + column + " = ? order by leaf_index")
                .param(value).query(String.class).list();
    }
}
