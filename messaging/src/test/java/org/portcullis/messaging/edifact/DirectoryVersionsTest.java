package org.portcullis.messaging.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.intake.FilingReadResult;

/**
 * The project's valid cargo report, crew list and passenger list, with nothing changed but the directory their UNH
 * names, against every directory Portcullis has a structure for (D.95B to D.21B). The cargo report conforms to all.
 * The person lists conform from D.98A with the IATA association code and from D.13B without it; before, what they
 * break is the directory's own history: no NAT in the person group until D.98A, and a DTM directly after TDT that
 * the plain directory requires until D.13A (the IATA subset leaves it out).
 */
class DirectoryVersionsTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus", "edifact");

    private final EdifactFilingReader reader = new EdifactFilingReader();

    static Stream<String> cargoReportVersions() {
        return versions("CUSCAR");
    }

    static Stream<String> personListVersions() {
        return versions("PAXLST");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cargoReportVersions")
    void cargoReportConformsToEveryDirectory(String version) throws IOException {
        FilingReadResult result = read("valid-cuscar.edi", "CUSCAR:D:95B:UN", version);

        assertThat(result).as(version + ": " + result).isInstanceOf(FilingReadResult.Valid.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personListVersions")
    void crewAndPassengerListsConformWhereTheDirectoryHasTheirSegments(String version) throws IOException {
        boolean withoutNat = release(version) < release("PAXLST:D:98A:UN");
        boolean dtmAfterTdt = !version.endsWith(":IATA") && release(version) < release("PAXLST:D:13B:UN");
        for (String file : List.of("valid-paxlst-crew.edi", "valid-paxlst-passengers.edi")) {
            FilingReadResult result = read(file, "PAXLST:D:05B:UN:IATA", version);

            if (!withoutNat && !dtmAfterTdt) {
                assertThat(result).as(file + " " + version + ": " + result).isInstanceOf(FilingReadResult.Valid.class);
            }
            if (withoutNat) {
                assertThat(errors(result)).as(file + " " + version)
                        .contains("EDIFACT_SEGMENT_UNEXPECTED @ segment 12 NAT");
            }
            if (dtmAfterTdt) {
                assertThat(errors(result)).as(file + " " + version)
                        .contains("EDIFACT_SEGMENT_MISSING @ segment 5 LOC");
            }
        }
    }

    private FilingReadResult read(String file, String written, String version) throws IOException {
        String body = Files.readString(CORPUS.resolve(file), StandardCharsets.ISO_8859_1);
        assertThat(body).contains(written);
        return reader.read(body.replace(written, version).getBytes(StandardCharsets.ISO_8859_1));
    }

    private static List<String> errors(FilingReadResult result) {
        assertThat(result).isInstanceOf(FilingReadResult.Invalid.class);
        return ((FilingReadResult.Invalid) result).errors().stream()
                .map((ValidationError e) -> e.code() + " @ " + e.pointer()).toList();
    }

    /** Every directory (and association code) the generated index has a structure for, as UNH names it. */
    private static Stream<String> versions(String message) {
        Properties index = new Properties();
        try (InputStream in = DirectoryVersionsTest.class.getResourceAsStream("/edifact/directory/index.properties")) {
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index.stringPropertyNames().stream().filter(key -> key.startsWith(message + ".")).sorted()
                .map(key -> key.split("\\."))
                .map(parts -> message + ":D:" + parts[1].substring(1) + ":UN"
                        + (parts.length > 2 ? ":" + parts[2] : ""));
    }

    /** Directories in the order of their release: 95B, 96A, ... 99B, 00A, ... 21B. */
    private static int release(String version) {
        String directory = version.substring(version.indexOf(":D:") + 3, version.indexOf(":D:") + 6);
        int yy = Integer.parseInt(directory.substring(0, 2));
        return (yy >= 90 ? 1900 + yy : 2000 + yy) * 2 + (directory.charAt(2) == 'B' ? 1 : 0);
    }
}
