package org.portcullis.ledger.json;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.portcullis.ledger.ConsistencyProof;
import org.portcullis.ledger.InclusionProof;
import org.portcullis.ledger.sth.KeyHandover;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.ledger.sth.SignedTreeHead;
import org.portcullis.ledger.sth.TreeHead;

/**
 * The log's documents as JSON, with the field names of RFC 9162's structures (SignedTreeHeadDataV2 with its
 * TreeHeadDataV2, InclusionProofDataV2, ConsistencyProofDataV2) and hashes and signatures in standard base64, as
 * the RFC's JSON API writes binary values. Written and read here, so the API and the verifier agree.
 */
public final class LogJson {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder UNBASE64 = Base64.getDecoder();

    private LogJson() {
    }

    public static String sth(SignedTreeHead sth) {
        TreeHead head = sth.treeHead();
        return "{\"log_id\":" + JsonText.quote(sth.logId())
                + ",\"tree_head\":{\"timestamp\":" + head.timestamp() + ",\"tree_size\":" + head.treeSize()
                + ",\"root_hash\":" + base64(head.rootHash()) + ",\"sth_extensions\":[]}"
                + ",\"signature\":" + base64(sth.signature()) + "}";
    }

    public static String inclusion(InclusionProof proof) {
        return "{\"log_id\":" + JsonText.quote(proof.logId()) + ",\"tree_size\":" + proof.treeSize()
                + ",\"leaf_index\":" + proof.leafIndex() + ",\"inclusion_path\":" + hashes(proof.inclusionPath())
                + "}";
    }

    public static String consistency(ConsistencyProof proof) {
        return "{\"log_id\":" + JsonText.quote(proof.logId()) + ",\"tree_size_1\":" + proof.treeSize1()
                + ",\"tree_size_2\":" + proof.treeSize2() + ",\"consistency_path\":"
                + hashes(proof.consistencyPath()) + "}";
    }

    /** The answer of get-proof-by-hash (RFC 9162 section 5.4): the inclusion proof and the tree head it leads to. */
    public static String inclusionAnswer(InclusionProof proof, SignedTreeHead sth) {
        return "{\"inclusion\":" + inclusion(proof) + ",\"sth\":" + sth(sth) + "}";
    }

    /** The answer of get-sth-consistency (RFC 9162 section 5.3): the proof and the newer tree head. */
    public static String consistencyAnswer(ConsistencyProof proof, SignedTreeHead sth) {
        return "{\"consistency\":" + consistency(proof) + ",\"sth\":" + sth(sth) + "}";
    }

    /** A receipt: the leaf's data, its hash, its inclusion proof and the signed tree head the proof leads to. */
    public static String receipt(String leaf, byte[] leafHash, InclusionProof proof, SignedTreeHead sth) {
        return "{\"leaf\":" + JsonText.quote(leaf) + ",\"leaf_hash\":" + base64(leafHash)
                + ",\"inclusion\":" + inclusion(proof) + ",\"sth\":" + sth(sth) + "}";
    }

    /**
     * A key handover: {"old_log_id", "new_log_id", "new_key" (PEM), "last_sth" (the old key's last tree head),
     * "timestamp", "old_signature", "new_signature"}; the log ids are there to be read, the signatures cover the key
     * and the tree head.
     */
    public static String handover(KeyHandover handover) {
        return "{\"old_log_id\":" + JsonText.quote(handover.oldLogId())
                + ",\"new_log_id\":" + JsonText.quote(handover.newLogId())
                + ",\"new_key\":" + JsonText.quote(LogKey.pem(handover.newKey()))
                + ",\"last_sth\":" + sth(handover.lastHead())
                + ",\"timestamp\":" + handover.timestamp()
                + ",\"old_signature\":" + base64(handover.oldSignature())
                + ",\"new_signature\":" + base64(handover.newSignature()) + "}";
    }

    public static KeyHandover readHandover(Map<String, Object> handover) {
        KeyHandover read;
        try {
            read = new KeyHandover(readSth(object(handover, "last_sth")),
                    LogKey.publicKeyFromPem(text(handover, "new_key")), number(handover, "timestamp"),
                    bytes(handover, "old_signature"), bytes(handover, "new_signature"));
        } catch (IOException e) {
            throw new IllegalArgumentException("\"new_key\" is not an Ed25519 public key in PEM");
        }
        if (!read.newLogId().equals(text(handover, "new_log_id"))
                || !read.oldLogId().equals(text(handover, "old_log_id"))) {
            throw new IllegalArgumentException("the key handover's log ids are not those of its keys");
        }
        return read;
    }

    /** The handovers of a document: the API's {"handovers": [...]}, one as {"handover": ...}, or one on its own. */
    public static List<KeyHandover> readHandovers(Map<String, Object> document) {
        if (document.get("handovers") instanceof List<?> list) {
            return list.stream().map(item -> {
                if (item instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> handover = (Map<String, Object>) map;
                    return readHandover(handover);
                }
                throw new IllegalArgumentException("\"handovers\" holds something other than objects");
            }).toList();
        }
        return List.of(readHandover(document.containsKey("handover") ? object(document, "handover") : document));
    }

    public static SignedTreeHead readSth(Map<String, Object> sth) {
        Map<String, Object> head = object(sth, "tree_head");
        return new SignedTreeHead(text(sth, "log_id"), new TreeHead(number(head, "tree_size"),
                number(head, "timestamp"), bytes(head, "root_hash")), bytes(sth, "signature"));
    }

    public static InclusionProof readInclusion(Map<String, Object> proof) {
        return new InclusionProof(text(proof, "log_id"), number(proof, "tree_size"), number(proof, "leaf_index"),
                hashList(proof, "inclusion_path"));
    }

    public static ConsistencyProof readConsistency(Map<String, Object> proof) {
        return new ConsistencyProof(text(proof, "log_id"), number(proof, "tree_size_1"),
                number(proof, "tree_size_2"), hashList(proof, "consistency_path"));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> parent, String field) {
        if (parent.get(field) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("\"" + field + "\" is missing or not an object");
    }

    public static String text(Map<String, Object> parent, String field) {
        if (parent.get(field) instanceof String value) {
            return value;
        }
        throw new IllegalArgumentException("\"" + field + "\" is missing or not a string");
    }

    public static byte[] bytes(Map<String, Object> parent, String field) {
        try {
            return UNBASE64.decode(text(parent, field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + field + "\" is not base64");
        }
    }

    private static long number(Map<String, Object> parent, String field) {
        if (parent.get(field) instanceof Long value) {
            return value;
        }
        throw new IllegalArgumentException("\"" + field + "\" is missing or not a whole number");
    }

    private static List<byte[]> hashList(Map<String, Object> parent, String field) {
        if (!(parent.get(field) instanceof List<?> list)) {
            throw new IllegalArgumentException("\"" + field + "\" is missing or not an array");
        }
        return list.stream().map(item -> {
            if (item instanceof String value) {
                return UNBASE64.decode(value);
            }
            throw new IllegalArgumentException("\"" + field + "\" holds something other than base64 strings");
        }).toList();
    }

    private static String hashes(List<byte[]> hashes) {
        return hashes.stream().map(LogJson::base64).collect(Collectors.joining(",", "[", "]"));
    }

    private static String base64(byte[] bytes) {
        return "\"" + BASE64.encodeToString(bytes) + "\"";
    }
}
