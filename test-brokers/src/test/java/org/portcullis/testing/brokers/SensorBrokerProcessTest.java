package org.portcullis.testing.brokers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SensorBrokerProcessTest {

    private static final Path SENSOR_BROKER_XML = Path.of("..", "config", "sensor-broker", "broker.xml");

    @Test
    void everyOperatorGetsTheExampleOperatorsPermissionsOnItsOwnTopics() throws IOException {
        String brokerXml = SensorBrokerProcess.withOperators(Files.readString(SENSOR_BROKER_XML), List.of(
                new SensorAccount("sensor-acme", "a", "ACME"), new SensorAccount("reefer-1", "b", "REEFERCO"),
                new SensorAccount("reefer-2", "c", "REEFERCO")));

        assertEquals(1, count(brokerXml, "<security-setting match=\"portcullis.iot.ACME.#\">"));
        assertEquals(1, count(brokerXml, "<security-setting match=\"portcullis.iot.REEFERCO.#\">"));
        assertTrue(brokerXml.contains("<permission type=\"send\" roles=\"portcullis,sensor-REEFERCO\"/>"));
    }

    @Test
    void aConfigurationWithoutTheExampleOperatorIsRefusedWithWhatIsMissing() {
        String withoutExample = "<configuration><security-settings/></configuration>";

        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> SensorBrokerProcess.withOperators(withoutExample,
                        List.of(new SensorAccount("reefer-1", "b", "REEFERCO"))));

        assertTrue(refusal.getMessage().contains("portcullis.iot.ACME.#"), refusal.getMessage());
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
