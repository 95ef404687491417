package org.portcullis.benchmark.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.messaging.filing.FilingSchema;
import org.portcullis.messaging.filing.JsonFilingReader;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.filing.Filing;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;

/**
 * The repository's rule set (system property {@code bench.ruleset}) compiled as the application compiles it, and
 * filings read as the application reads them. A watchlist of any size is added as one more CSV file in the rule
 * set's {@code reference/watchlists/} folder, with the columns of the rule set's own {@code parties.csv}, so the
 * harness measures whatever screening the rule set's code does with it.
 */
public final class RuleSetFixture {

    private static final JsonFilingReader READER = new JsonFilingReader(FilingJson.objectMapper(), new FilingSchema());

    private RuleSetFixture() {
    }

    public static Path ruleSetDirectory() {
        return Path.of(System.getProperty("bench.ruleset", "rules/ruleset")).toAbsolutePath();
    }

    public static FilingAssessor assessor(Path ruleSet) {
        RuleSetCompiler compiler = new RuleSetCompiler(Clock.systemUTC());
        return new DroolsFilingAssessor(new LiveRuleSet(compiler.compile(RuleSources.fromDirectory(ruleSet))),
                Clock.systemUTC());
    }

    public static Filing filing(String json) {
        FilingReadResult result = READER.read(json.getBytes(StandardCharsets.UTF_8));
        if (result instanceof FilingReadResult.Valid valid) {
            return valid.filing().withTransport("bench-" + json.hashCode(), "BENCH");
        }
        throw new IllegalStateException("the generated filing is invalid: " + result);
    }

    /** A copy of the rule set with a generated watchlist of the given size (no entry matches generated filings). */
    public static Path withWatchlist(Path ruleSet, int entries) {
        try {
            Path copy = Files.createTempDirectory("bench-ruleset-");
            try (Stream<Path> files = Files.walk(ruleSet)) {
                for (Path file : files.sorted().toList()) {
                    Path target = copy.resolve(ruleSet.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            Path watchlists = copy.resolve("reference/watchlists/parties");
            Files.createDirectories(watchlists);
            List<String> header = List.of(columns(watchlists.resolve("cargo-watchlist.csv")).split(","));
            StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
            String[] countries = {"AE", "HK", "SE", "RU", "IR", "KP", "SY", "VE", "PA", "CY"};
            for (int i = 0; i < entries; i++) {
                for (int c = 0; c < header.size(); c++) {
                    csv.append(c == 0 ? "" : ",").append(switch (header.get(c).strip()) {
                        case "entryId" -> "GEN-" + i;
                        case "name" -> "Listed Party " + Integer.toString(i, 36).toUpperCase() + " Holdings Ltd";
                        case "country" -> countries[i % countries.length];
                        case "reason" -> "generated for the benchmark";
                        default -> "";
                    });
                }
                csv.append('\n');
            }
            Files.writeString(watchlists.resolve("benchmark-generated.csv"), csv);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String columns(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return "entryId,name,country,reason";
        }
        return Files.readAllLines(csv).stream().filter(line -> !line.startsWith("#") && !line.isBlank()).findFirst()
                .orElse("entryId,name,country,reason");
    }
}
