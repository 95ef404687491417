package org.portcullis.ledger.verify;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portcullis.ledger.ConsistencyProof;
import org.portcullis.ledger.InclusionProof;
import org.portcullis.ledger.json.JsonText;
import org.portcullis.ledger.json.LogJson;
import org.portcullis.ledger.merkle.MerkleHash;
import org.portcullis.ledger.merkle.ProofVerifier;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.ledger.sth.SignedTreeHead;

/**
 * What the verifier checks, with the log's public key and nothing else: each check returns the problems it found,
 * none when the document is sound. Across a key rotation it takes the old and the new public key, or the old one and
 * the key handover ({@link KeyChain}), and checks each tree head with the key its log id names.
 */
public final class LogChecks {

    private final KeyChain keys;

    public LogChecks(PublicKey key) {
        this(List.of(key));
    }

    public LogChecks(List<PublicKey> keys) {
        this(KeyChain.of(keys));
    }

    /** Checks with the keys given and those they handed the log over to. */
    public LogChecks(KeyChain keys) {
        this.keys = keys;
    }

    /**
     * A signed tree head: made by this log (one of its keys, or a key it was handed over to, from the handover's
     * size on), signature valid.
     */
    public List<String> sth(SignedTreeHead sth) {
        List<String> problems = new ArrayList<>();
        Optional<KeyChain.Trusted> trusted = keys.forLogId(sth.logId());
        PublicKey key = trusted.map(KeyChain.Trusted::key).orElse(keys.given().get(0));
        if (trusted.isEmpty()) {
            problems.add("the tree head names log " + sth.logId() + ", not this key's log " + LogKey.logId(key)
                    + (keys.followed().isEmpty() ? "" : " nor one it was handed over to"));
        }
        if (!sth.verify(key)) {
            problems.add("the signature over the tree head of size " + sth.treeHead().treeSize()
                    + " is not this log's");
        }
        if (trusted.isPresent() && sth.treeHead().treeSize() < trusted.get().fromTreeSize()) {
            problems.add("the tree head of size " + sth.treeHead().treeSize() + " is signed with log "
                    + sth.logId() + "'s key, which the log was handed over to at size "
                    + trusted.get().fromTreeSize() + ": it signs no smaller tree");
        }
        return problems;
    }

    /** A receipt (or a notice carrying one in "receipt"): the leaf, its hash, its path and the tree head agree. */
    public List<String> receipt(Map<String, Object> document, byte[] message) {
        Map<String, Object> receipt = document.containsKey("receipt") ? LogJson.object(document, "receipt") : document;
        String leaf = LogJson.text(receipt, "leaf");
        byte[] leafHash = LogJson.bytes(receipt, "leaf_hash");
        List<String> problems = new ArrayList<>();
        if (!Arrays.equals(leafHash, MerkleHash.leaf(leaf.getBytes(StandardCharsets.UTF_8)))) {
            problems.add("leaf_hash is not SHA-256(0x00 || leaf): the leaf was changed");
        }
        problems.addAll(inclusion(LogJson.readInclusion(LogJson.object(receipt, "inclusion")), leafHash,
                LogJson.readSth(LogJson.object(receipt, "sth"))));
        if (message != null) {
            String expected = HexFormat.of().formatHex(MerkleHash.sha256(message));
            Object recorded = leafFields(leaf).get("sha256");
            if (!expected.equals(recorded)) {
                problems.add("the message's SHA-256 is " + expected + ", the leaf records " + recorded);
            }
        }
        return problems;
    }

    /** An inclusion proof of a leaf hash, against a signed tree head of the same size. */
    public List<String> inclusion(InclusionProof proof, byte[] leafHash, SignedTreeHead sth) {
        List<String> problems = new ArrayList<>(sth(sth));
        if (proof.treeSize() != sth.treeHead().treeSize()) {
            problems.add("the proof is for a tree of " + proof.treeSize() + " leaves, the tree head has "
                    + sth.treeHead().treeSize());
        } else if (!ProofVerifier.verifyInclusion(proof.leafIndex(), proof.treeSize(), leafHash,
                proof.inclusionPath(), sth.treeHead().rootHash())) {
            problems.add("the audit path of leaf " + proof.leafIndex() + " does not lead to the signed root hash");
        }
        return problems;
    }

    /** That the log of the older tree head is a prefix of the log of the newer one: nothing rewritten. */
    public List<String> consistency(SignedTreeHead older, ConsistencyProof proof, SignedTreeHead newer) {
        List<String> problems = new ArrayList<>(sth(older));
        problems.addAll(sth(newer));
        if (proof.treeSize1() != older.treeHead().treeSize() || proof.treeSize2() != newer.treeHead().treeSize()) {
            problems.add("the proof is from " + proof.treeSize1() + " to " + proof.treeSize2()
                    + " leaves, the tree heads have " + older.treeHead().treeSize() + " and "
                    + newer.treeHead().treeSize());
        } else if (!ProofVerifier.verifyConsistency(proof.treeSize1(), proof.treeSize2(),
                older.treeHead().rootHash(), newer.treeHead().rootHash(), proof.consistencyPath())) {
            problems.add("the log of " + proof.treeSize2() + " leaves does not extend the log of "
                    + proof.treeSize1() + ": it was rewritten, or the proof is wrong");
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> leafFields(String leaf) {
        return JsonText.parse(leaf) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
