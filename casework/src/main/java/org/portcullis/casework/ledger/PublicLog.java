package org.portcullis.casework.ledger;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.json.JsonText;
import org.portcullis.ledger.json.LogJson;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.ledger.sth.SignedTreeHead;
import org.springframework.stereotype.Component;

/**
 * What anyone may ask the log, answered in RFC 9162's shapes ({@link LogJson}): the latest signed tree head,
 * inclusion proofs by leaf hash or index, consistency proofs between two sizes, the public key, and the receipt of
 * a recorded message. Nothing here shows a leaf's data except to the receipt's own carrier.
 */
@Component
public class PublicLog {

    private final LedgerRepository repository;
    private final LogTree tree;
    private final LedgerSequencer sequencer;
    private final RetiredLogKeys retired;

    PublicLog(LedgerRepository repository, LogTree tree, LedgerSequencer sequencer, RetiredLogKeys retired) {
        this.repository = repository;
        this.tree = tree;
        this.sequencer = sequencer;
        this.retired = retired;
    }

    /** {"sth": ...}, as get-sth answers: the latest head signed on the schedule (never one signed on request). */
    public String sth() {
        return "{\"sth\":" + LogJson.sth(tree.latest()) + "}";
    }

    public String publicKeyPem() {
        return tree.current().key().publicKeyPem();
    }

    /** Every key the log signed with: the current one first, then the retired ones. */
    public List<PublicKey> publicKeys() {
        List<PublicKey> keys = new ArrayList<>();
        keys.add(tree.current().key().publicKey());
        keys.addAll(retired.keys());
        return keys;
    }

    /** {"keys": [{"log_id", "key" (PEM), "current"}, ...]}: the current key and the retired ones. */
    public String keys() {
        List<PublicKey> keys = publicKeys();
        StringBuilder json = new StringBuilder("{\"keys\":[");
        for (int i = 0; i < keys.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"log_id\":").append(JsonText.quote(LogKey.logId(keys.get(i))))
                    .append(",\"key\":").append(JsonText.quote(LogKey.pem(keys.get(i))))
                    .append(",\"current\":").append(i == 0).append('}');
        }
        return json.append("]}").toString();
    }

    /**
     * {"handovers": [...]}: the key handovers of the log's rotations, oldest first (docs/ledger.md), with which a
     * verifier holding an old public key follows the log to its current key.
     */
    public String handovers() {
        return "{\"handovers\":[" + String.join(",", repository.keyHandovers()) + "]}";
    }

    /**
     * The inclusion proof of the leaf (by hash, or by index) in the tree of the signed tree head of
     * {@code treeSize}, or when null of the latest head (one signed now if the latest does not include the leaf yet);
     * empty when the log has no such leaf, or the head of {@code treeSize} does not include it.
     */
    public Optional<String> inclusion(LeafQuery leaf, Long treeSize) {
        SignedTreeHead asked = treeSize == null ? null : treeHead(treeSize, "tree_size");
        Optional<LedgerRepository.Leaf> found = leaf.hash() != null ? repository.leafByHash(leaf.hash())
                : repository.leafAt(leaf.index());
        return found.filter(l -> asked == null || l.index() < asked.treeHead().treeSize()).map(l -> {
            SignedTreeHead sth = asked != null ? asked : tree.covering(l.index() + 1);
            return LogJson.inclusionAnswer(tree.current().inclusion(l.index(), sth.treeHead().treeSize()), sth);
        });
    }

    /** The consistency proof from the tree of {@code first} leaves to the signed tree head of {@code second}. */
    public String consistency(long first, Long second) {
        SignedTreeHead sth = treeHead(second, "second");
        long size = sth.treeHead().treeSize();
        if (first < 0 || first > size) {
            throw new LogQueryException("first", "first must lie between 0 and " + size + ", the second size");
        }
        return LogJson.consistencyAnswer(tree.current().consistency(first, size), sth);
    }

    /**
     * The receipt of the entry recorded under {@code ref}: its leaf, leaf hash, inclusion proof and the signed tree
     * head the proof leads to. Sequences waiting entries first when the entry has no leaf yet.
     */
    public Optional<String> receipt(String ref) {
        return sequenced(ref).map(this::receipt);
    }

    /** The index and leaf hash of the entry recorded under {@code ref}, sequencing waiting entries when needed. */
    public Optional<LoggedLeaf> leafOf(String ref) {
        return sequenced(ref).map(l -> new LoggedLeaf(l.index(), l.leafHash()));
    }

    private Optional<LedgerRepository.Leaf> sequenced(String ref) {
        Optional<LedgerRepository.Leaf> leaf = repository.leafByRef(ref);
        if (leaf.isEmpty()) {
            sequencer.sequence();
            leaf = repository.leafByRef(ref);
        }
        return leaf;
    }

    /** Where an entry is in the log. */
    public record LoggedLeaf(long index, byte[] leafHash) {
    }

    /** The receipt carries a signed head that includes the leaf: the latest, or one signed now when it does not. */
    private String receipt(LedgerRepository.Leaf leaf) {
        SignedTreeHead sth = tree.covering(leaf.index() + 1);
        TransparencyLog current = tree.current();
        return LogJson.receipt(leaf.leafData(), leaf.leafHash(),
                current.inclusion(leaf.index(), sth.treeHead().treeSize()), sth);
    }

    private SignedTreeHead treeHead(Long size, String parameter) {
        SignedTreeHead latest = tree.latest();
        if (size == null || size == latest.treeHead().treeSize()) {
            return latest;
        }
        return repository.treeHead(size).orElseThrow(() -> new LogQueryException(parameter,
                "no signed tree head of size " + size + "; the latest has " + latest.treeHead().treeSize()));
    }

    /** A leaf asked for by its hash, or by its index. */
    public record LeafQuery(byte[] hash, long index) {
    }
}
