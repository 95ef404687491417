package org.portcullis.rules.scenario;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.iot.IotEventFields;
import org.portcullis.model.iot.IotEventReadResult;
import org.portcullis.rules.engine.RuleProblem;

/**
 * Reads scenario files ({@code *.json}) from a directory. A scenario file:
 * <pre>{
 *   "scenario": "Arms and ammunition are inspected",
 *   "mrn": "26NL0000000000012",                         (optional)
 *   "filing": { ... the filing as a v1 JSON document ... },
 *   or "filingFile": "../../docs/samples/filing-arms.json",   (relative to the scenario file)
 *   "events": [ { ... a sensor event as a v1 event document ... } ],   (optional)
 *   "agency": "health",                                  (optional: only that agency's rule folders)
 *   "expectedOutcome": "INSPECT",
 *   "expectedRules": ["TGT-001"],
 *   "rulesNotFiring": ["VAL-001"]
 * }</pre>
 * Sensor events are read with their value checks (check digits, MMSI, ranges, members of their type) as published
 * by an operator named "scenario". A file that cannot be read, or an event that breaks the format, is a problem with
 * its name and what is wrong, never skipped.
 */
public final class ScenarioFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> EVENT = new TypeReference<>() {
    };
    private static final String OPERATOR = "scenario";

    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<RuleProblem> problems = new ArrayList<>();

    private ScenarioFiles() {
    }

    public static ScenarioFiles read(Path directory) {
        ScenarioFiles files = new ScenarioFiles();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.filter(path -> path.toString().endsWith(".json")).sorted()
                    .forEach(path -> files.readOne(directory, path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario directory " + directory, e);
        }
        return files;
    }

    public List<Scenario> scenarios() {
        return List.copyOf(scenarios);
    }

    public List<RuleProblem> problems() {
        return List.copyOf(problems);
    }

    private void readOne(Path directory, Path path) {
        String file = directory.relativize(path).toString().replace('\\', '/');
        try {
            JsonNode root = JSON.readTree(path.toFile());
            String filing = filing(path, root);
            String outcome = root.path("expectedOutcome").asText("");
            if (filing == null || outcome.isEmpty()) {
                problems.add(new RuleProblem(file, 0, "needs \"filing\" (or \"filingFile\") and \"expectedOutcome\""));
                return;
            }
            List<IotEvent> events = events(file, root.path("events"));
            if (events == null) {
                return;
            }
            scenarios.add(new Scenario(file, root.path("scenario").asText(file),
                    root.hasNonNull("mrn") ? root.get("mrn").asText() : null, filing, events,
                    Outcome.valueOf(outcome), texts(root.path("expectedRules")), texts(root.path("rulesNotFiring")),
                    root.hasNonNull("agency") ? root.get("agency").asText() : null));
        } catch (IOException e) {
            problems.add(new RuleProblem(file, 0, "is not readable JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() + " (line " + (j.getLocation() == null ? 0 : j.getLocation().getLineNr()) + ")" : e.getMessage())));
        } catch (IllegalArgumentException e) {
            problems.add(new RuleProblem(file, 0, "expectedOutcome must be one of "
                    + List.of(Outcome.values()) + ": " + e.getMessage()));
        }
    }

    private static String filing(Path path, JsonNode root) throws IOException {
        if (root.has("filing")) {
            return JSON.writeValueAsString(root.get("filing"));
        }
        if (root.hasNonNull("filingFile")) {
            return Files.readString(path.resolveSibling(root.get("filingFile").asText()));
        }
        return null;
    }

    /** The scenario's events, or null when one breaks the format (each error is a problem of the file). */
    private List<IotEvent> events(String file, JsonNode array) {
        List<IotEvent> events = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                problems.add(new RuleProblem(file, 0, "events/" + i + " is not an event document (a JSON object)"));
                valid = false;
                continue;
            }
            IotEventReadResult result = IotEventFields.toEvent(JSON.convertValue(array.get(i), EVENT), OPERATOR);
            if (result instanceof IotEventReadResult.Valid event) {
                events.add(event.event());
            } else {
                problems.add(new RuleProblem(file, 0, "events/" + i + ": "
                        + ((IotEventReadResult.Invalid) result).summary()));
                valid = false;
            }
        }
        return valid ? events : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
