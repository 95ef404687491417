package org.portcullis.casework.ledger;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.portcullis.ledger.sth.SignedTreeHead;
import org.portcullis.ledger.sth.TreeHead;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log's tables: entries waiting for an index, leaves, signed tree heads, and the sequencer's lock row. */
@Repository
class LedgerRepository {

    private static final HexFormat HEX = HexFormat.of();

    record Pending(long id, String kind, String ref, String leafData) {
    }

    record Leaf(long index, String kind, String ref, String leafData, byte[] leafHash) {
    }

    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addPending(String kind, String ref, String leafData, Instant at) {
        jdbc.sql("insert into ledger_pending (kind, ref, leaf_data, recorded_at) values (?, ?, ?, ?)")
                .params(kind, ref, leafData, utc(at)).update();
    }

    /** The size of the log, with the row lock that makes this transaction the only one appending. */
    long lockTreeSize() {
        return jdbc.sql("select tree_size from ledger_state where id = 1 for update").query(Long.class).single();
    }

    List<Pending> oldestPending(int limit) {
        return jdbc.sql("select id, kind, ref, leaf_data from ledger_pending order by id fetch first ? rows only")
                .param(limit)
                .query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("kind"), rs.getString("ref"),
                        rs.getString("leaf_data")))
                .list();
    }

    /** A waiting entry given its place in the tree. */
    record Sequenced(long index, Pending pending, byte[] hash) {
    }

    /**
     * Moves a group of waiting entries into the tree: one insert of all their leaves and one delete of the entries
     * (two round trips per group, not two per entry), in the caller's transaction.
     */
    void addLeaves(List<Sequenced> leaves, Instant at) {
        if (leaves.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("""
                insert into ledger_leaf (leaf_index, pending_id, kind, ref, leaf_data, leaf_hash, sequenced_at)
                values """);
        List<Object> params = new ArrayList<>();
        var sequencedAt = utc(at);
        for (Sequenced leaf : leaves) {
            sql.append(params.isEmpty() ? "(?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(leaf.index(), leaf.pending().id(), leaf.pending().kind(),
                    leaf.pending().ref(), leaf.pending().leafData(), HEX.formatHex(leaf.hash()), sequencedAt));
        }
        jdbc.sql(sql.toString()).params(params).update();
        jdbc.sql("delete from ledger_pending where id in (:ids)")
                .param("ids", leaves.stream().map(leaf -> leaf.pending().id()).toList()).update();
    }

    void setTreeSize(long size) {
        jdbc.sql("update ledger_state set tree_size = ? where id = 1").param(size).update();
    }

    /** The leaf hashes from an index on, in order, at most {@code limit}. */
    List<byte[]> leafHashesFrom(long index, int limit) {
        return jdbc.sql("select leaf_hash from ledger_leaf where leaf_index >= ? order by leaf_index"
                        + " fetch first ? rows only")
                .params(index, limit).query((rs, row) -> HEX.parseHex(rs.getString("leaf_hash"))).list();
    }

    Optional<Leaf> leafByRef(String ref) {
        return leaves("ref = ?", ref).stream().findFirst();
    }

    Optional<Leaf> leafByHash(byte[] leafHash) {
        return leaves("leaf_hash = ?", HEX.formatHex(leafHash)).stream().findFirst();
    }

    Optional<Leaf> leafAt(long index) {
        return leaves("leaf_index = ?", index).stream().findFirst();
    }

    private List<Leaf> leaves(String where, Object value) {
        return jdbc.sql("select leaf_index, kind, ref, leaf_data, leaf_hash from ledger_leaf where " + where
                        + " order by leaf_index fetch first 1 rows only")
                .param(value)
                .query((rs, row) -> new Leaf(rs.getLong("leaf_index"), rs.getString("kind"), rs.getString("ref"),
                        rs.getString("leaf_data"), HEX.parseHex(rs.getString("leaf_hash"))))
                .list();
    }

    void addTreeHead(SignedTreeHead sth) {
        TreeHead head = sth.treeHead();
        jdbc.sql("""
                insert into ledger_tree_head (tree_size, timestamp_ms, root_hash, log_id, signature)
                values (?, ?, ?, ?, ?)""")
                .params(head.treeSize(), head.timestamp(), HEX.formatHex(head.rootHash()), sth.logId(),
                        Base64.getEncoder().encodeToString(sth.signature()))
                .update();
    }

    Optional<SignedTreeHead> latestTreeHead() {
        return jdbc.sql("select * from ledger_tree_head order by tree_size desc fetch first 1 rows only")
                .query(LedgerRepository::treeHeadRow).optional();
    }

    Optional<SignedTreeHead> treeHead(long size) {
        return jdbc.sql("select * from ledger_tree_head where tree_size = ?").param(size)
                .query(LedgerRepository::treeHeadRow).optional();
    }

    private static SignedTreeHead treeHeadRow(ResultSet rs, int row) throws SQLException {
        return new SignedTreeHead(rs.getString("log_id"), new TreeHead(rs.getLong("tree_size"),
                rs.getLong("timestamp_ms"), HEX.parseHex(rs.getString("root_hash"))),
                Base64.getDecoder().decode(rs.getString("signature")));
    }

    /** The latest tree head signed with the key of this log id. */
    Optional<SignedTreeHead> latestTreeHead(String logId) {
        return jdbc.sql("select * from ledger_tree_head where log_id = ? order by tree_size desc fetch first 1 rows only")
                .param(logId).query(LedgerRepository::treeHeadRow).optional();
    }

    /** Stores a key handover (its JSON); a second one from the same key is refused by the primary key. */
    void addKeyHandover(String oldLogId, String newLogId, long treeSize, String handoverJson, Instant at) {
        jdbc.sql("insert into ledger_key_handover (old_log_id, new_log_id, tree_size, handover, made_at) "
                + "values (?, ?, ?, ?, ?)").params(oldLogId, newLogId, treeSize, handoverJson, utc(at)).update();
    }

    Optional<String> keyHandoverFrom(String oldLogId) {
        return jdbc.sql("select handover from ledger_key_handover where old_log_id = ?").param(oldLogId)
                .query(String.class).optional();
    }

    /** Every key handover's JSON, oldest first. */
    List<String> keyHandovers() {
        return jdbc.sql("select handover from ledger_key_handover order by made_at, tree_size").query(String.class)
                .list();
    }

    /** How many leaves there are and the highest index plus one: equal when the log has no gap. */
    long[] countAndEnd() {
        return jdbc.sql("select count(*), coalesce(max(leaf_index) + 1, 0) from ledger_leaf")
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }
}
