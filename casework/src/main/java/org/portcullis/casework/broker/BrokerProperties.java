package org.portcullis.casework.broker;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded Artemis broker: whether to run it, where its journal lives, which acceptors it opens (name to
 * URI), and an optional operator account ({@code operatorUser} with an encoded {@code operatorPassword}) that may
 * read and browse the dead-letter queues ({@code *.DLQ}) from outside, e.g. for monitoring; none by default; and
 * the secret of the broker's sender stamp ({@code senderSealSecret}, base64 of at least 32 bytes): required with an
 * external broker, whose SenderStamp plugin must have the same; the embedded broker keeps one in its data directory.
 * The key store of the acceptors that speak TLS ({@code tls}: those whose URI says {@code sslEnabled=true}).
 * Address settings (dead letters, routing types, redelivery) are in {@code broker.xml}.
 */
@ConfigurationProperties("portcullis.broker")
public record BrokerProperties(boolean embedded, String dataDirectory, String configuration,
        Map<String, String> acceptors, String operatorUser, String operatorPassword, String senderSealSecret,
        Tls tls) {

    public BrokerProperties {
        configuration = configuration == null ? "broker.xml" : configuration;
        acceptors = acceptors == null ? Map.of() : new LinkedHashMap<>(acceptors);
        tls = tls == null ? new Tls(null, null, null) : tls;
    }

    /**
     * The broker's certificate and private key for TLS acceptors: a key store file (PKCS12 unless {@code keyStoreType}
     * says otherwise) and its password. None by default.
     */
    public record Tls(String keyStore, String keyStorePassword, String keyStoreType) {

        public Tls {
            keyStoreType = keyStoreType == null || keyStoreType.isBlank() ? "PKCS12" : keyStoreType;
        }
    }
}
