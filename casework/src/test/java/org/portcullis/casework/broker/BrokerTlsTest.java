package org.portcullis.casework.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS acceptors take their key store from portcullis.broker.tls; plain acceptors stay as they are. */
class BrokerTlsTest {

    @TempDir
    Path directory;

    @Test
    void tlsAcceptorGetsTheConfiguredKeyStoreAndPlainAcceptorNone() throws Exception {
        Path keyStore = Files.writeString(directory.resolve("broker.p12"), "not read here");
        ConfigurationImpl configuration = acceptors("tcp://127.0.0.1:8883?protocols=MQTT;sslEnabled=true");

        BrokerTls.apply(configuration.getAcceptorConfigurations(),
                new BrokerProperties.Tls(keyStore.toString(), "changeit", null));

        assertThat(params(configuration, "mqtts")).containsEntry("keyStorePath", keyStore.toString())
                .containsEntry("keyStorePassword", "changeit").containsEntry("keyStoreType", "PKCS12");
        assertThat(params(configuration, "mqtt")).doesNotContainKeys("keyStorePath", "keyStorePassword");
    }

    @Test
    void keyStoreGivenInTheUriIsLeftAsItIs() throws Exception {
        ConfigurationImpl configuration = acceptors(
                "tcp://127.0.0.1:8883?protocols=MQTT;sslEnabled=true;keyStorePath=own.jks;keyStorePassword=own");

        BrokerTls.apply(configuration.getAcceptorConfigurations(), new BrokerProperties.Tls(null, null, null));

        assertThat(params(configuration, "mqtts")).containsEntry("keyStorePath", "own.jks")
                .doesNotContainKey("keyStoreType");
    }

    @Test
    void tlsAcceptorWithoutKeyStoreStopsTheStartNamingTheProperty() throws Exception {
        ConfigurationImpl configuration = acceptors("tcp://127.0.0.1:8883?protocols=MQTT;sslEnabled=true");

        assertThatThrownBy(() -> BrokerTls.apply(configuration.getAcceptorConfigurations(),
                new BrokerProperties.Tls(null, null, null)))
                .hasMessageContaining("acceptor mqtts").hasMessageContaining("portcullis.broker.tls.key-store");
        assertThatThrownBy(() -> BrokerTls.apply(configuration.getAcceptorConfigurations(),
                new BrokerProperties.Tls(directory.resolve("missing.p12").toString(), "x", null)))
                .hasMessageContaining("missing.p12 is not a readable file");
    }

    private static ConfigurationImpl acceptors(String tlsUri) throws Exception {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.addAcceptorConfiguration("mqtt", "tcp://127.0.0.1:1883?protocols=MQTT");
        configuration.addAcceptorConfiguration("mqtts", tlsUri);
        return configuration;
    }

    private static Map<String, Object> params(ConfigurationImpl configuration, String name) {
        return configuration.getAcceptorConfigurations().stream().filter(a -> a.getName().equals(name))
                .map(TransportConfiguration::getParams).findFirst().orElseThrow();
    }
}
