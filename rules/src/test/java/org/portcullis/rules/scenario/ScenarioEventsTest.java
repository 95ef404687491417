package org.portcullis.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.model.iot.IotEventType;
import org.portcullis.model.iot.IotEvent;

/** Scenario files carry sensor events: read with their value checks, a broken one named as a problem of the file. */
class ScenarioEventsTest {

    private static final String FILING = "\"filing\": {\"header\": {\"lrn\": \"X\"}}, \"expectedOutcome\": \"HOLD\"";

    @Test
    void repositoryScenariosReadAndTheSensorScenariosCarryTheirEvents() {
        ScenarioFiles files = ScenarioFiles.read(Path.of("scenarios"));

        assertThat(files.problems()).isEmpty();
        assertThat(files.scenarios()).filteredOn(s -> s.file().startsWith("sensor-")).hasSize(8)
                .allSatisfy(s -> assertThat(s.events()).isNotEmpty());
        assertThat(files.scenarios()).filteredOn(s -> !s.file().startsWith("sensor-"))
                .allSatisfy(s -> assertThat(s.events()).isEmpty());
    }

    @Test
    void eventsAreReadAsPublishedByTheScenarioOperator(@TempDir Path dir) throws IOException {
        write(dir, "seal.json", "{" + FILING + ", \"events\": [{\"eventId\": \"s-1\", \"eventType\": \"SEAL_STATUS\","
                + " \"observedAt\": \"2026-12-02T03:10:00Z\", \"container\": \"MSCU1234566\","
                + " \"sealNumber\": \"CN4471203\", \"sealStatus\": \"OPENED\"}]}");

        IotEvent event = ScenarioFiles.read(dir).scenarios().get(0).events().get(0);

        assertThat(event.type()).isEqualTo(IotEventType.SEAL_STATUS);
        assertThat(event.operator()).isEqualTo("scenario");
    }

    @Test
    void brokenEventIsAProblemOfTheFileWithItsIndexCodeAndPointer(@TempDir Path dir) throws IOException {
        write(dir, "broken.json", "{" + FILING + ", \"events\": [{\"eventId\": \"v-1\","
                + " \"eventType\": \"VESSEL_POSITION\", \"observedAt\": \"2026-12-02T03:10:00Z\","
                + " \"vessel\": {\"mmsi\": \"1234\"},"
                + " \"position\": {\"latitude\": 51.9, \"longitude\": 4.0}}, 7]}");

        ScenarioFiles files = ScenarioFiles.read(dir);

        assertThat(files.scenarios()).isEmpty();
        assertThat(files.problems()).extracting(problem -> problem.file() + ": " + problem.message()).containsExactly(
                "broken.json: events/0: MMSI_INVALID at /vessel/mmsi: '1234' is not a ship station's MMSI"
                        + " (nine digits, the first 2 to 7)",
                "broken.json: events/1 is not an event document (a JSON object)");
    }

    private static void write(Path dir, String name, String json) throws IOException {
        Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }
}
