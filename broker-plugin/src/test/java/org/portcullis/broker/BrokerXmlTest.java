package org.portcullis.broker;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.junit.jupiter.api.Test;

/** An external broker reads the plugin from its broker.xml exactly as docs/security.md shows it. */
class BrokerXmlTest {

    @Test
    void theDocumentedBrokerXmlInstallsTheSenderStamp() throws Exception {
        FileConfiguration configuration = new FileConfiguration();
        new FileDeploymentManager("external-broker.xml").addDeployable(configuration).readConfiguration();

        assertThat(configuration.getBrokerPlugins()).hasSize(1).first().isInstanceOf(SenderStamp.class);
        assertThat(((SenderStamp) configuration.getBrokerPlugins().get(0)).requiredRoutePrefixes())
                .containsExactly("portcullis.iot.=portcullis.iot.events");
    }
}
