package org.portcullis.rules.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.portcullis.model.error.InvalidValueException;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.UnLocode;
import org.portcullis.rules.fact.DangerousGoodsCommodities;
import org.portcullis.rules.fact.KnownTraders;
import org.portcullis.rules.fact.ListedPorts;
import org.portcullis.rules.fact.VagueDescriptionTerms;

/**
 * Reads the reference data of a rule set from its {@code reference/} folder, reporting every bad row as a
 * problem with file and line instead of skipping it silently. The watchlists are read again only when their files
 * changed: a rule change does not rebuild a million-entry index.
 */
final class ReferenceDataReader {

    static final String VAGUE_TERMS = "reference/vague-goods-descriptions.txt";
    static final String DANGEROUS_GOODS = "reference/dangerous-goods-hs-codes.csv";
    static final String LISTED_PORTS = "reference/listed-ports.csv";
    static final String KNOWN_TRADERS = "reference/known-traders.csv";
    static final String SELECTION = "reference/selection.properties";
    static final String SELECTION_RATE = "random-selection-rate";

    private final List<RuleProblem> problems = new ArrayList<>();

    ReferenceData read(RuleSources sources, ReferenceData.Watchlists previous) {
        String watchlistHash = sources.versionOf(WatchlistReader.FOLDER);
        ReferenceData.Watchlists watchlists = previous != null && previous.contentHash().equals(watchlistHash)
                ? previous : new WatchlistReader(problems).read(sources, watchlistHash);
        IotReferenceReader iot = new IotReferenceReader(problems);
        return new ReferenceData(vagueTerms(sources), dangerousGoods(sources), listedPorts(sources),
                knownTraders(sources), watchlists, selectionRate(sources),
                new BookingPatternReader(problems).read(sources), iot.portAreas(sources), iot.listedAreas(sources),
                new AgencyReferenceReader(problems).read(sources));
    }

    List<RuleProblem> problems() {
        return List.copyOf(problems);
    }

    private static VagueDescriptionTerms vagueTerms(RuleSources sources) {
        Set<String> terms = new LinkedHashSet<>();
        String text = sources.text(VAGUE_TERMS);
        if (text != null) {
            text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(terms::add);
        }
        return new VagueDescriptionTerms(terms);
    }

    private DangerousGoodsCommodities dangerousGoods(RuleSources sources) {
        List<String> prefixes = new ArrayList<>();
        for (CsvRows.Row row : CsvRows.read(DANGEROUS_GOODS, sources.text(DANGEROUS_GOODS), List.of("hsPrefix"),
                problems)) {
            String prefix = row.get("hsPrefix");
            if (prefix.matches("\\d{2,10}")) {
                prefixes.add(prefix);
            } else {
                problem(DANGEROUS_GOODS, row, "hsPrefix '" + prefix + "' is not 2 to 10 digits");
            }
        }
        return new DangerousGoodsCommodities(prefixes);
    }

    private ListedPorts listedPorts(RuleSources sources) {
        Map<String, String> ports = new LinkedHashMap<>();
        for (CsvRows.Row row : CsvRows.read(LISTED_PORTS, sources.text(LISTED_PORTS), List.of("port", "reason"),
                problems)) {
            String port = row.get("port");
            if (isLocode(port)) {
                ports.put(port, row.get("reason"));
            } else {
                problem(LISTED_PORTS, row, "port '" + port + "' is not a UN/LOCODE");
            }
        }
        return new ListedPorts(ports);
    }

    private KnownTraders knownTraders(RuleSources sources) {
        Set<String> keys = new HashSet<>();
        for (CsvRows.Row row : CsvRows.read(KNOWN_TRADERS, sources.text(KNOWN_TRADERS), List.of("name", "country"),
                problems)) {
            String country = row.get("country");
            if (row.get("name").isEmpty() || !CountryCode.isKnown(country)) {
                problem(KNOWN_TRADERS, row, "needs a name and an ISO 3166-1 alpha-2 country");
            } else {
                keys.add(PartyKeys.of(row.get("name"), country));
            }
        }
        return new KnownTraders(keys);
    }

    private double selectionRate(RuleSources sources) {
        String text = sources.text(SELECTION);
        if (text == null) {
            return 0;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleProblem(SELECTION, 0, "cannot be read: " + e.getMessage()));
            return 0;
        }
        String rate = properties.getProperty(SELECTION_RATE, "0").strip();
        try {
            double value = Double.parseDouble(rate);
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new RuleProblem(SELECTION, lineOf(text, SELECTION_RATE), SELECTION_RATE + " '" + rate
                + "' is not a share between 0 and 1 (0.03 is 3%)"));
        return 0;
    }

    static boolean isLocode(String text) {
        try {
            UnLocode.of(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static int lineOf(String text, String key) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    private void problem(String file, CsvRows.Row row, String message) {
        problems.add(new RuleProblem(file, (int) row.line(), message));
    }
}
