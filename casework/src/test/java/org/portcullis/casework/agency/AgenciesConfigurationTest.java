package org.portcullis.casework.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.sharing.agency.Agency;
import org.portcullis.sharing.config.AgenciesFileException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The application reads the agencies file at start: a file naming a field the filing does not have or an agency it
 * does not define stops the start, every problem with its line; so does a lead agency the file does not define.
 */
class AgenciesConfigurationTest {

    @TempDir
    Path directory;

    @Test
    void aFileNamingAnUnknownFieldOrAgencyStopsTheStartWithEachLine() throws IOException {
        Path file = write("""
                agencies:
                  - id: customs
                    name: Customs
                    officers: [clerks]
                    agreement:
                      legalBasis: A law
                      retention: P5Y
                      sees: [/]
                      reasonsOf: [coastguard]
                  - id: border
                    name: Border police
                    officers: [border-officers]
                    agreement:
                      legalBasis: A law
                      retention: P1Y
                      sees: [/crew/*/passport]
                """);

        new ApplicationContextRunner().withUserConfiguration(AgenciesConfiguration.class)
                .withPropertyValues("portcullis.agencies.file=" + file)
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable cause = context.getStartupFailure();
                    while (!(cause instanceof AgenciesFileException) && cause.getCause() != null) {
                        cause = cause.getCause();
                    }
                    assertThat(cause).isInstanceOf(AgenciesFileException.class)
                            .hasMessageContaining("agencies.yml:9:").hasMessageContaining("unknown agency coastguard")
                            .hasMessageContaining("agencies.yml:16:14 unknown field /crew/*/passport");
                });
    }

    @Test
    void aLeadAgencyTheFileDoesNotDefineStopsTheStart() throws IOException {
        Path file = write("""
                agencies:
                  - id: health
                    name: Port health
                    officers: [health-officers]
                    agreement:
                      legalBasis: A law
                      retention: P2Y
                      sees: [/health]
                """);

        assertThatThrownBy(() -> new AgenciesConfiguration().agencies(new AgenciesProperties(file.toString(), null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("defines no agency \"customs\"");
    }

    @Test
    void withoutAFileTheDemosPackagedAgenciesServe() {
        assertThat(new AgenciesConfiguration().agencies(new AgenciesProperties(
                directory.resolve("none.yml").toString(), null)).all()).extracting(Agency::id)
                .containsExactly("customs", "health", "maritime", "border");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(directory.resolve("agencies.yml"), yaml, StandardCharsets.UTF_8);
    }
}
