package org.portcullis.casework.officerdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows for a CSV from parts of a disclosed filing document: each object flattened to dotted column names
 * ({@code travelDocument.number}, {@code containers.0}), a column only when some row has it. What the agreement took
 * out of the document is therefore neither a value nor a column.
 */
public final class FlatRows {

    private FlatRows() {
    }

    /** Crew and passengers, one row each: position and role, then the person's fields shown. */
    public static Table persons(DisclosedFiling filing) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (DisclosedFiling.Person person : filing.persons()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("position", Integer.toString(person.position()));
            row.put("role", person.role());
            flatten("", person.fields(), row);
            rows.add(row);
        }
        return table(rows);
    }

    /** One row per goods item shown (a consignment without goods items shown: one row for the consignment). */
    public static Table goodsLines(DisclosedFiling filing) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode consignment : filing.document().path("consignments")) {
            Map<String, String> common = new LinkedHashMap<>();
            consignment.properties().forEach(field -> {
                if (!field.getKey().equals("goodsItems")) {
                    flatten(field.getKey(), field.getValue(), common);
                }
            });
            JsonNode items = consignment.path("goodsItems");
            if (items.isEmpty()) {
                rows.add(common);
            }
            for (JsonNode item : items) {
                Map<String, String> row = new LinkedHashMap<>(common);
                flatten("goodsItem", item, row);
                rows.add(row);
            }
        }
        return table(rows);
    }

    private static Table table(List<Map<String, String>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        return new Table(List.copyOf(columns), rows);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> row) {
        if (node.isObject()) {
            node.properties().forEach(field -> flatten(join(prefix, field.getKey()), field.getValue(), row));
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                flatten(join(prefix, Integer.toString(index)), node.get(index), row);
            }
        } else if (!node.isNull()) {
            row.put(prefix, node.asText());
        }
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** Columns (the union of the rows' fields, in the order first met) and rows. */
    public record Table(List<String> columns, List<Map<String, String>> rows) {
    }
}
