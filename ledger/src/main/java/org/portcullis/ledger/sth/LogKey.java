package org.portcullis.ledger.sth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.portcullis.ledger.merkle.MerkleHash;

/**
 * The log's Ed25519 key pair. Keys are kept as PEM: the private key PKCS#8 ("PRIVATE KEY"), the public key
 * SubjectPublicKeyInfo ("PUBLIC KEY"), the forms openssl reads and writes. The log id is the base64 SHA-256 of the
 * public key's DER encoding, as RFC 6962 section 3.2 names a log.
 */
public final class LogKey {

    static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final LogSigner signer;

    public LogKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.signer = new LogSigner(privateKey);
    }

    public static LogKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new LogKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java 17 has Ed25519", e);
        }
    }

    /** Reads the private key and the public key from their PEM files. */
    public static LogKey read(Path privateKeyPem, Path publicKeyPem) throws IOException {
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            return new LogKey(keys.generatePrivate(new PKCS8EncodedKeySpec(Pem.read(privateKeyPem, "PRIVATE KEY"))),
                    readPublic(publicKeyPem));
        } catch (GeneralSecurityException e) {
            throw new IOException("not an Ed25519 key pair: " + privateKeyPem + ", " + publicKeyPem, e);
        }
    }

    public static PublicKey readPublic(Path publicKeyPem) throws IOException {
        return publicKey(Pem.read(publicKeyPem, "PUBLIC KEY"));
    }

    /** A public key given as PEM text (as the key list and a key handover carry it). */
    public static PublicKey publicKeyFromPem(String pem) throws IOException {
        return publicKey(Pem.decode(pem, "the PEM text", "PUBLIC KEY"));
    }

    /**
     * The key pair of a private key file and whichever of {@code candidates} is its public key (Java 17 cannot derive
     * an Ed25519 public key from the private one; a signature tells which one matches); empty when none does.
     */
    public static Optional<LogKey> readMatching(Path privateKeyPem, List<PublicKey> candidates)
            throws IOException {
        PrivateKey privateKey;
        try {
            privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(
                    Pem.read(privateKeyPem, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IOException("not an Ed25519 private key: " + privateKeyPem, e);
        }
        byte[] probe = "portcullis: which public key is this private key's".getBytes(StandardCharsets.US_ASCII);
        for (PublicKey candidate : candidates) {
            LogKey pair = new LogKey(privateKey, candidate);
            if (SignedTreeHead.verify(candidate, probe, pair.sign(probe))) {
                return Optional.of(pair);
            }
        }
        return Optional.empty();
    }

    public static PublicKey publicKey(byte[] subjectPublicKeyInfo) throws IOException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
        } catch (GeneralSecurityException e) {
            throw new IOException("not an Ed25519 public key", e);
        }
    }

    /** Writes both keys as PEM; the private key's file is readable by its owner only where the system allows. */
    public void write(Path privateKeyPem, Path publicKeyPem) throws IOException {
        Files.createDirectories(privateKeyPem.toAbsolutePath().getParent());
        Files.createDirectories(publicKeyPem.toAbsolutePath().getParent());
        Files.writeString(privateKeyPem, Pem.write("PRIVATE KEY", privateKey.getEncoded()), StandardCharsets.US_ASCII);
        Pem.restrictToOwner(privateKeyPem);
        Files.writeString(publicKeyPem, publicKeyPem(), StandardCharsets.US_ASCII);
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String publicKeyPem() {
        return pem(publicKey);
    }

    /** A public key as PEM (SubjectPublicKeyInfo). */
    public static String pem(PublicKey key) {
        return Pem.write("PUBLIC KEY", key.getEncoded());
    }

    public String logId() {
        return logId(publicKey);
    }

    public static String logId(PublicKey key) {
        return Base64.getEncoder().encodeToString(MerkleHash.sha256(key.getEncoded()));
    }

    public SignedTreeHead sign(TreeHead head) {
        return new SignedTreeHead(logId(), head, sign(head.signedData()));
    }

    /** An Ed25519 signature over any bytes, such as a clearance certificate. */
    public byte[] sign(byte[] data) {
        return signer.sign(data);
    }
}
