package org.portcullis.ledger.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashes of RFC 6962 section 2.1 (RFC 9162 section 2.1.1): a leaf is SHA-256(0x00 || data), an interior node
 * SHA-256(0x01 || left || right), the empty tree SHA-256 of nothing. The prefixes keep a leaf from passing for a node.
 */
public final class MerkleHash {

    public static final int LENGTH = 32;

    private MerkleHash() {
    }

    public static byte[] leaf(byte[] data) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0x00);
        return sha256.digest(data);
    }

    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0x01);
        sha256.update(left);
        return sha256.digest(right);
    }

    /** The root of the tree with no leaves. */
    public static byte[] empty() {
        return sha256().digest();
    }

    /** Plain SHA-256, for the documents the leaves name. */
    public static byte[] sha256(byte[] data) {
        return sha256().digest(data);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
