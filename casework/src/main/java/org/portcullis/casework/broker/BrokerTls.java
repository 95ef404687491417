package org.portcullis.casework.broker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;

/**
 * TLS on the embedded broker's acceptors: an acceptor whose URI says {@code sslEnabled=true} gets the key store of
 * {@code portcullis.broker.tls} (path, password, type), so that the password is configuration of its own and never
 * part of a URI that is logged. A key store given in the URI itself is left as it is. A TLS acceptor without any key
 * store, or with one that is not a readable file, stops the application at start-up with the property to set.
 */
final class BrokerTls {

    private BrokerTls() {
    }

    /** Gives every TLS acceptor among {@code acceptors} the configured key store. */
    static void apply(Iterable<TransportConfiguration> acceptors, BrokerProperties.Tls tls) {
        for (TransportConfiguration acceptor : acceptors) {
            Map<String, Object> params = acceptor.getParams();
            if (!Boolean.parseBoolean(String.valueOf(params.get(TransportConstants.SSL_ENABLED_PROP_NAME)))
                    || params.containsKey(TransportConstants.KEYSTORE_PATH_PROP_NAME)) {
                continue;
            }
            if (tls.keyStore() == null || tls.keyStore().isBlank()) {
                throw new IllegalStateException("acceptor " + acceptor.getName() + " has sslEnabled=true but no key "
                        + "store: set portcullis.broker.tls.key-store and portcullis.broker.tls.key-store-password");
            }
            if (!Files.isReadable(Path.of(tls.keyStore()))) {
                throw new IllegalStateException("portcullis.broker.tls.key-store " + tls.keyStore()
                        + " is not a readable file (acceptor " + acceptor.getName() + ")");
            }
            params.put(TransportConstants.KEYSTORE_PATH_PROP_NAME, tls.keyStore());
            params.put(TransportConstants.KEYSTORE_TYPE_PROP_NAME, tls.keyStoreType());
            if (tls.keyStorePassword() != null) {
                params.put(TransportConstants.KEYSTORE_PASSWORD_PROP_NAME, tls.keyStorePassword());
            }
        }
    }
}
