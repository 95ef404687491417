package org.portcullis.benchmark.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.portcullis.ledger.merkle.MerkleHash;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.ledger.sth.TreeHead;

/**
 * Signing one tree head with the log's Ed25519 key: the JDK's SunEC (as the log signed before) against the log's
 * own signer (Bouncy Castle). Run by hand: {@code java -cp ... org.openjdk.jmh.Main LogSigningBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LogSigningBenchmark {

    private KeyPair pair;
    private LogKey logKey;
    private byte[] treeHead;

    @Setup
    public void setUp() throws GeneralSecurityException {
        pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        logKey = new LogKey(pair.getPrivate(), pair.getPublic());
        treeHead = new TreeHead(1_000_000, 1_765_000_000_000L, MerkleHash.empty()).signedData();
    }

    @Benchmark
    public byte[] jdk() throws GeneralSecurityException {
        Signature ed25519 = Signature.getInstance("Ed25519", "SunEC");
        ed25519.initSign(pair.getPrivate());
        ed25519.update(treeHead);
        return ed25519.sign();
    }

    @Benchmark
    public byte[] logKey() {
        return logKey.sign(treeHead);
    }
}
