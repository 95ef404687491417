package org.portcullis.ledger.sth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The log signs with Bouncy Castle; its signatures must be the JDK's byte for byte, so nothing else changes. */
class LogSignerTest {

    private static final HexFormat HEX = HexFormat.of();
    // DER prefixes of an Ed25519 key (RFC 8410): PKCS#8 for the 32-byte seed, SubjectPublicKeyInfo for the point
    private static final String PKCS8_PREFIX = "302e020100300506032b657004220420";
    private static final String SPKI_PREFIX = "302a300506032b6570032100";

    /** RFC 8032 section 7.1, "Test Vectors for Ed25519": TEST 1, 2, 3 and SHA(abc) (https://www.rfc-editor.org/rfc/rfc8032#section-7.1). */
    @ParameterizedTest(name = "RFC 8032 7.1 {0}")
    @CsvSource({
        "TEST 1, 9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60, "
                + "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a, '', "
                + "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
        "TEST 2, 4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb, "
                + "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c, 72, "
                + "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
        "TEST 3, c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7, "
                + "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025, af82, "
                + "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a",
        "TEST SHA(abc), 833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42, "
                + "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf, "
                + "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f, "
                + "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704"
    })
    void signsTheRfcVectorsAsTheJdkDoes(String name, String secret, String publicKey, String message,
            String signature) throws GeneralSecurityException {
        KeyFactory keys = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(HEX.parseHex(PKCS8_PREFIX + secret)));
        PublicKey pub = keys.generatePublic(new X509EncodedKeySpec(HEX.parseHex(SPKI_PREFIX + publicKey)));
        byte[] data = HEX.parseHex(message);

        byte[] signed = new LogKey(privateKey, pub).sign(data);

        assertArrayEquals(HEX.parseHex(signature), signed, "Bouncy Castle against the RFC");
        assertArrayEquals(jdkSignature(privateKey, data), signed, "Bouncy Castle against the JDK");
        assertTrue(SignedTreeHead.verify(pub, data, signed));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 51, 64, 1000, 28_000})
    void signsGeneratedKeysAndMessagesAsTheJdkDoes(int length) throws GeneralSecurityException {
        Random random = new Random(length);
        for (int i = 0; i < 20; i++) {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] data = new byte[length];
            random.nextBytes(data);

            assertArrayEquals(jdkSignature(pair.getPrivate(), data),
                    new LogKey(pair.getPrivate(), pair.getPublic()).sign(data));
        }
    }

    /** A key that does not give out its seed (as a hardware key would not) is handed to the JDK, which says so. */
    @Test
    void aKeyWithoutItsSeedIsSignedByTheJdk() {
        PrivateKey opaque = new PrivateKey() {
            @Override
            public String getAlgorithm() {
                return "Ed25519";
            }

            @Override
            public String getFormat() {
                return null;
            }

            @Override
            public byte[] getEncoded() {
                return null;
            }
        };

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new LogSigner(opaque).sign(new byte[] {1, 2, 3}));

        assertEquals("cannot sign with the log's key", refused.getMessage());
        assertTrue(refused.getCause() instanceof InvalidKeyException,
                "the JDK's Signature refused the key: " + refused.getCause());
    }

    private static byte[] jdkSignature(PrivateKey privateKey, byte[] data) throws GeneralSecurityException {
        Signature jdk = Signature.getInstance("Ed25519", "SunEC");
        jdk.initSign(privateKey);
        jdk.update(data);
        return jdk.sign();
    }
}
