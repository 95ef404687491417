package org.portcullis.ledger.sth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The passing of the log from one key to the next at a rotation (docs/ledger.md, "Key rotation"): the last tree head
 * the old key signed, the new public key, and two signatures over the same bytes ({@link #signedData()}): the old
 * key's, which vouches for the new key, so whoever holds only the old public key can follow the change; and the new
 * key's, which cross-signs the old key's last tree head, so the new key continues that very log (and proves its holder
 * has the new private key). Heads signed with the new key count from that tree size on.
 */
public record KeyHandover(SignedTreeHead lastHead, PublicKey newKey, long timestamp, byte[] oldSignature,
        byte[] newSignature) {

    /** Sets these bytes apart from a tree head's and a certificate's, so no signature stands for another. */
    private static final byte[] CONTEXT = "portcullis-log-key-handover-v1\0".getBytes(StandardCharsets.US_ASCII);

    public KeyHandover {
        oldSignature = oldSignature.clone();
        newSignature = newSignature.clone();
    }

    /** The handover from {@code oldKey}, whose last tree head is {@code lastHead}, to {@code newKey}, made now. */
    public static KeyHandover sign(LogKey oldKey, LogKey newKey, SignedTreeHead lastHead, long timestamp) {
        if (!lastHead.logId().equals(oldKey.logId())) {
            throw new IllegalArgumentException("the last tree head of a key is one that key signed");
        }
        byte[] data = signedData(lastHead, newKey.publicKey(), timestamp);
        return new KeyHandover(lastHead, newKey.publicKey(), timestamp, oldKey.sign(data), newKey.sign(data));
    }

    @Override
    public byte[] oldSignature() {
        return oldSignature.clone();
    }

    @Override
    public byte[] newSignature() {
        return newSignature.clone();
    }

    public String oldLogId() {
        return lastHead.logId();
    }

    public String newLogId() {
        return LogKey.logId(newKey);
    }

    /** The size of the last tree head the old key signed: the new key's heads start there. */
    public long treeSize() {
        return lastHead.treeHead().treeSize();
    }

    /**
     * What both keys sign: a context string, the old log id (32 bytes), the new key's SubjectPublicKeyInfo (a two-byte
     * length, then the DER), the old key's last TreeHeadDataV2 (as its signature covers it), the time of the handover
     * (uint64, milliseconds since the epoch).
     */
    public byte[] signedData() {
        return signedData(lastHead, newKey, timestamp);
    }

    private static byte[] signedData(SignedTreeHead lastHead, PublicKey newKey, long timestamp) {
        byte[] oldLogId = Base64.getDecoder().decode(lastHead.logId());
        byte[] key = newKey.getEncoded();
        byte[] head = lastHead.treeHead().signedData();
        return ByteBuffer.allocate(CONTEXT.length + oldLogId.length + 2 + key.length + head.length + 8)
                .put(CONTEXT).put(oldLogId).putShort((short) key.length).put(key).put(head).putLong(timestamp)
                .array();
    }

    /** What is wrong with this handover, checked with the old public key; nothing when it is sound. */
    public List<String> problems(PublicKey oldKey) {
        List<String> problems = new ArrayList<>();
        String handover = "the key handover from log " + oldLogId() + " to log " + newLogId();
        if (!LogKey.logId(oldKey).equals(oldLogId())) {
            problems.add(handover + " is not from this key's log " + LogKey.logId(oldKey));
        }
        if (!lastHead.verify(oldKey)) {
            problems.add(handover + ": its last tree head (size " + treeSize() + ") is not signed with the old key");
        }
        byte[] data = signedData();
        if (!SignedTreeHead.verify(oldKey, data, oldSignature)) {
            problems.add(handover + " is not signed with the old key: it does not vouch for the new key");
        }
        if (!SignedTreeHead.verify(newKey, data, newSignature)) {
            problems.add(handover + " is not cross-signed with the new key");
        }
        return problems;
    }
}
