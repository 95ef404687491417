package org.portcullis.sharing.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;
import org.portcullis.sharing.agency.AgencyGroups;
import org.portcullis.sharing.agency.SharingAgreement;
import org.portcullis.sharing.field.FilingFields;

/**
 * Reads the agencies file of a deployment ({@code agencies.yml}, docs/agencies.md): the agencies, their officer
 * and supervisor groups, their rule folders and their data-sharing agreements. Everything is checked before anything
 * is used: unknown keys, unknown fields of the filing, unknown agencies, a group or rule folder given to two
 * agencies. A file with problems is refused as a whole, every problem with its line and column and a hint.
 */
public final class AgenciesFile {

    private static final Set<String> AGENCY_KEYS = Set.of("id", "name", "officers", "supervisors", "rules", "joined",
            "agreement");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern FOLDER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final FilingFields fields;

    public AgenciesFile(FilingFields fields) {
        this.fields = fields;
    }

    /** Reads with the fields of the filing schema this build publishes. */
    public static Agencies read(Path file) {
        try {
            return new AgenciesFile(FilingFields.published())
                    .parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the agencies file " + file, e);
        }
    }

    /** The agencies the text names; {@code source} names the file in problems. */
    public Agencies parse(String text, String source) {
        LocatedYaml yaml;
        try {
            yaml = LocatedYaml.parse(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new AgenciesFileException(List.of(new ConfigProblem(source, at == null ? 1 : at.getLineNr(),
                    at == null ? 1 : at.getColumnNr(), "not readable YAML: " + e.getOriginalMessage(),
                    "check the indentation and that every key is given once")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Problems problems = new Problems(source, yaml);
        List<Agency> agencies = agencies(yaml.root(), problems);
        if (!problems.all().isEmpty()) {
            throw new AgenciesFileException(problems.all());
        }
        return new Agencies(agencies);
    }

    private List<Agency> agencies(JsonNode root, Problems problems) {
        List<Agency> agencies = new ArrayList<>();
        if (!root.isObject() || !root.path("agencies").isArray() || root.path("agencies").isEmpty()) {
            problems.add("", "the file names no agencies", "start with \"agencies:\" and one \"- id: ...\" per agency");
            return agencies;
        }
        problems.onlyKnownKeys(root, "", Set.of("agencies"));
        JsonNode list = root.get("agencies");
        AgreementReader agreements = new AgreementReader(problems, fields);
        for (int i = 0; i < list.size(); i++) {
            Agency agency = agency(list.get(i), "/agencies/" + i, problems, agreements);
            if (agency != null) {
                agencies.add(agency);
            }
        }
        new CrossChecks(problems).check(list, agencies);
        return agencies;
    }

    private static Agency agency(JsonNode node, String at, Problems problems, AgreementReader agreements) {
        if (!node.isObject()) {
            problems.add(at, "an agency must be a mapping", "give id, name, officers and agreement");
            return null;
        }
        problems.onlyKnownKeys(node, at, AGENCY_KEYS);
        String id = problems.text(node, "id", at, true, "a short lower-case id such as health");
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(at + "/id", "agency id \"" + id + "\" is not a short lower-case id",
                    "letters, digits and hyphens, starting with a letter: health, border-police");
        }
        String name = problems.text(node, "name", at, true, "the agency's name as officers know it");
        List<String> officers = problems.texts(node, "officers", at, true, "the Camunda groups of its officers");
        List<String> supervisors = problems.texts(node, "supervisors", at, false, "the Camunda groups of its supervisors");
        List<String> rules = problems.texts(node, "rules", at, false, "rule folders under rules/ruleset");
        for (int i = 0; i < rules.size(); i++) {
            if (!FOLDER.matcher(rules.get(i)).matches()) {
                problems.add(at + "/rules/" + i, "\"" + rules.get(i) + "\" is not a rule folder name",
                        "name a folder directly under rules/ruleset, such as health");
            }
        }
        LocalDate joined = joined(node, at, problems);
        SharingAgreement agreement = agreements.read(node.get("agreement"), at + "/agreement");
        if (id == null || name == null || agreement == null) {
            return null;
        }
        return new Agency(id, name, new AgencyGroups(officers, supervisors), rules, joined, agreement);
    }

    private static LocalDate joined(JsonNode node, String at, Problems problems) {
        String text = problems.text(node, "joined", at, false, null);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(at + "/joined", "joined \"" + text + "\" is not a date", "write the day as 2026-12-01");
            return null;
        }
    }

    /** What no single agency shows: ids, groups and rule folders given twice, and unknown agencies named. */
    private record CrossChecks(Problems problems) {

        void check(JsonNode list, List<Agency> agencies) {
            Map<String, String> idAt = new HashMap<>();
            Map<String, String> groupOwner = new HashMap<>();
            Map<String, String> folderOwner = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String at = "/agencies/" + i;
                String id = list.get(i).path("id").asText("");
                if (!id.isEmpty() && idAt.putIfAbsent(id, at) != null) {
                    problems.add(at + "/id", "agency " + id + " is named twice", "give each agency its own id");
                }
                unique(list.get(i), at, id, "officers", groupOwner, "a user in both agencies' groups sees the union");
                unique(list.get(i), at, id, "supervisors", groupOwner, "a user in both agencies' groups sees the union");
                unique(list.get(i), at, id, "rules", folderOwner, "each rule folder belongs to one agency's assessment");
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode reasonsOf = list.get(i).path("agreement").path("reasonsOf");
                for (int j = 0; j < reasonsOf.size(); j++) {
                    String other = reasonsOf.get(j).asText();
                    if (!idAt.containsKey(other)) {
                        problems.add("/agencies/" + i + "/agreement/reasonsOf/" + j, "unknown agency " + other,
                                "the agencies of this file are " + String.join(", ", agencies.stream()
                                        .map(Agency::id).toList()));
                    }
                }
            }
        }

        private void unique(JsonNode agency, String at, String id, String field, Map<String, String> owners,
                String hint) {
            JsonNode values = agency.path(field);
            for (int j = 0; j < values.size(); j++) {
                String value = values.get(j).asText();
                String owner = owners.putIfAbsent(value, id);
                if (owner != null && !owner.equals(id)) {
                    problems.add(at + "/" + field + "/" + j, "\"" + value + "\" already belongs to agency " + owner,
                            hint);
                }
            }
        }
    }
}
