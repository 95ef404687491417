package org.portcullis.rules.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.portcullis.model.value.CountryCode;
import org.portcullis.rules.fact.DangerousGoodsCommodities;
import org.portcullis.rules.fact.VagueDescriptionTerms;
import org.portcullis.rules.screening.PartyWatchlist;
import org.portcullis.rules.screening.WatchlistEntry;

/**
 * Reads the reference data of a rule set from its {@code reference/} folder, reporting every bad row as a
 * problem with file and line instead of skipping it silently.
 */
final class ReferenceDataReader {

    static final String VAGUE_TERMS = "reference/vague-goods-descriptions.txt";
    static final String DANGEROUS_GOODS = "reference/dangerous-goods-hs-codes.csv";
    static final String PARTY_WATCHLISTS = "reference/watchlists/";

    private final List<RuleProblem> problems = new ArrayList<>();

    ReferenceData read(RuleSources sources) {
        return new ReferenceData(vagueTerms(sources), dangerousGoods(sources), partyWatchlist(sources));
    }

    List<RuleProblem> problems() {
        return List.copyOf(problems);
    }

    private VagueDescriptionTerms vagueTerms(RuleSources sources) {
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
        for (Row row : rows(DANGEROUS_GOODS, sources.text(DANGEROUS_GOODS))) {
            String prefix = row.get("hsPrefix").strip();
            if (prefix.matches("\\d{2,10}")) {
                prefixes.add(prefix);
            } else {
                problem(DANGEROUS_GOODS, row, "hsPrefix '" + prefix + "' is not 2 to 10 digits");
            }
        }
        return new DangerousGoodsCommodities(prefixes);
    }

    private PartyWatchlist partyWatchlist(RuleSources sources) {
        List<WatchlistEntry> entries = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : sources.withSuffix(".csv").entrySet()) {
            if (!file.getKey().startsWith(PARTY_WATCHLISTS)) {
                continue;
            }
            String listName = file.getKey().substring(PARTY_WATCHLISTS.length()).replace(".csv", "");
            for (Row row : rows(file.getKey(), sources.text(file.getKey()))) {
                String id = row.get("entryId").strip();
                String name = row.get("name").strip();
                String country = row.get("country").strip();
                if (id.isEmpty() || name.isEmpty()) {
                    problem(file.getKey(), row, "entryId and name are required");
                } else if (!country.isEmpty() && !CountryCode.isKnown(country)) {
                    problem(file.getKey(), row, "country '" + country + "' is not an ISO 3166-1 alpha-2 code");
                } else {
                    String reason = row.get("reason").strip();
                    entries.add(new WatchlistEntry(listName, id, name, country.isEmpty() ? null : country, reason));
                }
            }
        }
        return new PartyWatchlist(entries);
    }

    /** One CSV record with the line it starts on; absent columns read as empty. */
    private record Row(CSVRecord values, long line) {

        String get(String column) {
            return values.isMapped(column) && values.isSet(column) ? values.get(column) : "";
        }
    }

    private List<Row> rows(String file, String text) {
        if (text == null) {
            return List.of();
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord values : parser) {
                Row row = new Row(values, line);
                line = parser.getCurrentLineNumber() + 1;
                if (values.isConsistent()) {
                    rows.add(row);
                } else {
                    problem(file, row, "has " + values.size() + " fields, the header names "
                            + parser.getHeaderNames().size());
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new RuleProblem(file, 0, "cannot be read as CSV: " + e.getMessage()));
        }
        return rows;
    }

    private void problem(String file, Row row, String message) {
        problems.add(new RuleProblem(file, (int) row.line(), message));
    }
}
