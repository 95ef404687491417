package org.portcullis.casework.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.persistence.PreviousReleaseBreakers.Breach;
import org.portcullis.casework.persistence.PreviousReleaseBreakers.Contract;

/**
 * Every migration leaves a schema that the previous release's node still runs on (expand, then contract in a later
 * release): docs/operations.md, "Rolling upgrade". V43, written before this rule, is the example of what it refuses:
 * it dropped a table and a column in the release whose code stopped using them, and the previous release's
 * dashboard, still running on another node, failed on the migrated schema.
 */
class RollingUpgradeMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path REPOSITORY = Path.of("..");
    /** The migrations of the previous release with their SHA-256, one a line. */
    private static final Path RELEASED = Path.of("src/test/resources/db/released-migrations.txt");
    /** Migrations written before the rule, with the statements they break it with. Never add to this. */
    private static final Map<String, Integer> BEFORE_THE_RULE = Map.of(
            "V43__goods_lines_with_their_filing_version.sql", 2);

    @Test
    void noMigrationBreaksANodeOfThePreviousRelease() {
        for (Path migration : migrations()) {
            String name = migration.getFileName().toString();
            List<Breach> breaches = PreviousReleaseBreakers.in(name, read(migration));
            assertThat(breaches).as(name + " breaks a node of the previous release; split it into expand now and "
                    + "contract in a later release (docs/operations.md, \"Rolling upgrade\")")
                    .hasSize(BEFORE_THE_RULE.getOrDefault(name, 0));
        }
    }

    /**
     * A migration in a release never changes: the databases it migrated keep its old checksum, and Flyway's validation
     * refuses to start the next node on them (found by the rolling-upgrade check, docs/operations.md).
     */
    @Test
    void noReleasedMigrationChanged() throws Exception {
        List<String> released = Files.readAllLines(RELEASED).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(released).isNotEmpty();
        for (String line : released) {
            String[] hashAndName = line.split(" ", 2);
            Path migration = MIGRATIONS.resolve(hashAndName[1]);
            assertThat(migration).as(hashAndName[1] + " was released; it cannot go").exists();
            assertThat(sha256(read(migration))).as(hashAndName[1] + " was released and has changed since; write a new "
                    + "migration instead").isEqualTo(hashAndName[0]);
        }
    }

    @Test
    void refusesWhatV43DidTheDropOfWhatThePreviousReleaseStillRead() {
        Path v43 = MIGRATIONS.resolve("V43__goods_lines_with_their_filing_version.sql");

        assertThat(PreviousReleaseBreakers.in("V43", read(v43))).extracting(Breach::why)
                .containsExactly("drops a table", "drops a column");
    }

    @Test
    void refusesRenamesTypeChangesAndNewNotNullColumnsWithoutDefault() {
        String sql = """
                alter table notice rename column body to document;
                alter table notice alter column lrn type varchar(40);
                alter table notice alter column lrn set not null;
                alter table notice add column channel varchar(8) not null;
                alter table notice add column syntax varchar(8) default 'JSON' not null;
                alter table notice add column read_at timestamp with time zone;
                alter table notice alter column reason drop not null;
                create table notice_read (notice_id varchar(36) not null primary key);
                drop index ix_notice_lrn;
                """;

        assertThat(PreviousReleaseBreakers.in("V999", sql)).extracting(Breach::why).containsExactly(
                "renames a table or column", "changes a column's type", "makes an existing column NOT NULL",
                "adds a NOT NULL column without a default");
    }

    @Test
    void allowsAContractStepNamedAsSuch() {
        String sql = """
                -- contract: filing_goods_line.gross_mass_kg unused since release 0.3
                alter table filing_goods_line drop column gross_mass_kg;
                drop table filing_version_projected;
                """;

        assertThat(PreviousReleaseBreakers.in("V999", sql)).extracting(Breach::why).containsExactly("drops a table");
        assertThat(PreviousReleaseBreakers.contracted("V999", sql)).extracting(Contract::removes)
                .containsExactly("filing_goods_line.gross_mass_kg");
    }

    @Test
    void whatAContractStepRemovesIsNoLongerUsedByTheCode() {
        List<String> sources = mainSources();
        for (Path migration : migrations()) {
            for (Contract contract : PreviousReleaseBreakers.contracted(migration.getFileName().toString(),
                    read(migration))) {
                String name = contract.removes().substring(contract.removes().lastIndexOf('.') + 1);
                Pattern used = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
                assertThat(sources).as(contract.migration() + " removes " + contract.removes()
                        + ", which the code still uses").noneMatch(source -> used.matcher(source).find());
            }
        }
    }

    private static List<Path> migrations() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's Java sources and page templates, in lower case (SQL lives in Java text blocks). */
    private static List<String> mainSources() {
        try (Stream<Path> files = Files.walk(REPOSITORY)) {
            return files.filter(file -> file.toString().contains("src" + java.io.File.separator + "main"))
                    .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".html"))
                    .map(file -> read(file).toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of the text with Unix line ends, as released-migrations.txt records it. */
    private static String sha256(String text) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
