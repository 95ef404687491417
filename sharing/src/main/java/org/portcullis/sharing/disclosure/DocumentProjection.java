package org.portcullis.sharing.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.portcullis.sharing.agency.SharingAgreement;

/**
 * Copies of a filing document that hold only what at least one of the agreements discloses: a value is kept when
 * an agreement sees it and does not except it; an object or list is kept when something inside it is. The
 * document given is never changed.
 */
final class DocumentProjection {

    private final List<SharingAgreement> agreements;

    DocumentProjection(List<SharingAgreement> agreements) {
        this.agreements = List.copyOf(agreements);
    }

    /** The projection of the document, an empty object when nothing of it is disclosed. */
    ObjectNode project(JsonNode document) {
        JsonNode projected = project(document, new ArrayList<>());
        return projected instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
    }

    boolean discloses(List<String> path) {
        return agreements.stream().anyMatch(agreement -> agreement.discloses(path));
    }

    private JsonNode project(JsonNode node, List<String> path) {
        if (node.isContainerNode() && agreements.stream().noneMatch(a -> a.reachesInto(path))) {
            return null;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                path.add(field.getKey());
                JsonNode child = project(field.getValue(), path);
                path.remove(path.size() - 1);
                if (child != null) {
                    copy.set(field.getKey(), child);
                }
            }
            return copy.isEmpty() && !discloses(path) ? null : copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                path.add(Integer.toString(i));
                JsonNode child = project(node.get(i), path);
                path.remove(path.size() - 1);
                if (child != null) {
                    copy.add(child);
                }
            }
            return copy.isEmpty() && !discloses(path) ? null : copy;
        }
        return discloses(path) ? node.deepCopy() : null;
    }
}
