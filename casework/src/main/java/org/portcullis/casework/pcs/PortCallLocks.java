package org.portcullis.casework.pcs;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Clock;
import javax.sql.DataSource;
import org.portcullis.casework.persistence.Databases;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lock of a vessel's calls at a port: one row of {@code port_call_lock}, held until the caller's transaction
 * ends. The recording of a port community system event takes it exclusively, the opening of a case shares it, so
 * that of an arrival and a case opened at the same time the one that commits second sees what the first committed
 * (docs/reliability.md, "The arrival race"), while a ship's filings still open their cases side by side. PostgreSQL
 * shares the row ({@code FOR SHARE}); H2 has only exclusive row locks, so there the openings take turns.
 */
@Repository
public class PortCallLocks {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;
    private final String sharedMode;
    private final Clock clock;

    public PortCallLocks(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.sharedMode = Databases.isPostgres(dataSource) ? "for share" : "for update";
        this.clock = clock;
    }

    /** For an event of the vessel at the port: no case of that call opens until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForEvent(String vesselImo, String portOfCall) {
        lock(vesselImo, portOfCall, "for update");
    }

    /** For the opening of a case of the vessel at the port: no event of that call is recorded until it ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForOpening(String vesselImo, String portOfCall) {
        lock(vesselImo, portOfCall, sharedMode);
    }

    private void lock(String vesselImo, String portOfCall, String mode) {
        if (locked(vesselImo, portOfCall, mode)) {
            return;
        }
        createIfAbsent(vesselImo, portOfCall);
        if (!locked(vesselImo, portOfCall, mode)) {
            throw new IllegalStateException("the lock of vessel " + vesselImo + " at " + portOfCall
                    + " was neither found nor created");
        }
    }

    private boolean locked(String vesselImo, String portOfCall, String mode) {
        return !jdbc.sql("select vessel_imo from port_call_lock where vessel_imo = ? and port_of_call = ? " + mode)
                .params(vesselImo, portOfCall).query(String.class).list().isEmpty();
    }

    /**
     * Inserts the row in a savepoint. A transaction inserting the same row at the same time makes this insert wait
     * until it ends (both databases), then fail as a duplicate: the savepoint keeps this transaction usable, and the
     * row, now committed, is there to lock.
     */
    private void createIfAbsent(String vesselImo, String portOfCall) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql(
                    "insert into port_call_lock (vessel_imo, port_of_call, created_at) values (?, ?, ?)")
                    .params(vesselImo, portOfCall, utc(clock.instant())).update());
        } catch (DuplicateKeyException createdMeanwhile) {
            // the other transaction's row is committed now and is locked next
        }
    }
}
