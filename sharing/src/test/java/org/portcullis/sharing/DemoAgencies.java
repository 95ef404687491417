package org.portcullis.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.config.AgenciesFile;

/** The demo's agencies file and filing documents of the repository, for the tests. */
public final class DemoAgencies {

    public static final Path FILE = Path.of("..", "config", "agencies.yml");
    private static final Agencies AGENCIES = AgenciesFile.read(FILE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoAgencies() {
    }

    public static Agencies agencies() {
        return AGENCIES;
    }

    public static JsonNode document(String repositoryPath) {
        try {
            return JSON.readTree(Path.of("..").resolve(repositoryPath).toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every JSON Pointer of a value (not of an object or list) in the document. */
    public static List<String> valuePointers(JsonNode node) {
        List<String> pointers = new ArrayList<>();
        collect(node, "", pointers);
        return pointers;
    }

    private static void collect(JsonNode node, String at, List<String> pointers) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), at + "/" + field.getKey(), pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, pointers);
            }
        } else {
            pointers.add(at);
        }
    }
}
