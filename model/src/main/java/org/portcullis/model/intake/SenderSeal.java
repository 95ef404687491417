package org.portcullis.model.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The broker's seal on the user it signed a message's sender in as: HMAC-SHA256 over that user and the carrier's
 * message id, keyed by a secret only the broker's sender stamp and the application know. A client can set any
 * property on a message, but cannot make a seal that verifies; a message without one (a broker that does not run
 * the stamp) is refused, so identity never rests on what a client wrote.
 */
public final class SenderSeal {

    /** The property that carries the user the broker signed the sender in as. */
    public static final String SENDER = "portcullisSender";
    /** The property that carries the seal over {@link #SENDER} and the message id. */
    public static final String SEAL = "portcullisSenderSeal";
    /**
     * The property the broker's stamp gives every message sent, over any protocol: an id of that send, kept with the
     * stored message, so the same each time the broker delivers it again (also after a broker restart) and another
     * for each send, even of the same messageId. AMQP and STOMP messages have no JMSMessageID to serve for this.
     */
    public static final String DELIVERY_ID = "portcullisDeliveryId";

    /**
     * The property the broker's stamp gives every message sent: the protocol its client sent it over (CORE, AMQP,
     * STOMP, MQTT). Not sealed: it serves figures per channel, never identity.
     */
    public static final String PROTOCOL = "portcullisProtocol";

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_SECRET_BYTES = 32;

    private final SecretKeySpec key;

    public SenderSeal(byte[] secret) {
        if (secret == null || secret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("the sender seal secret needs at least " + MINIMUM_SECRET_BYTES
                    + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** A secret given as text in configuration: base64 of at least 32 bytes. */
    public static SenderSeal fromBase64(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("no sender seal secret is configured");
        }
        return new SenderSeal(Base64.getDecoder().decode(secret.strip()));
    }

    /** The seal of the sender for the message, base64. */
    public String of(String sender, String messageId) {
        return Base64.getEncoder().encodeToString(mac(sender, messageId));
    }

    /** Whether the seal is the one this secret makes for the sender and message id (compared in constant time). */
    public boolean verifies(String sender, String messageId, String seal) {
        if (sender == null || seal == null) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(seal);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(mac(sender, messageId), given);
    }

    private byte[] mac(String sender, String messageId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(sender.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update((messageId == null ? "" : messageId).getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
