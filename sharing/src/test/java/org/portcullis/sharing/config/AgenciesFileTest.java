package org.portcullis.sharing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.sharing.DemoAgencies;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;
import org.portcullis.sharing.agency.SharingAgreement.FilingsFrom;
import org.portcullis.sharing.field.FilingFields;

class AgenciesFileTest {

    private final AgenciesFile file = new AgenciesFile(FilingFields.published());

    @Test
    void readsTheDemoAgenciesWithTheirGroupsRuleFoldersAndAgreements() {
        Agencies agencies = DemoAgencies.agencies();

        assertThat(agencies.all()).extracting(Agency::id).containsExactly("customs", "health", "maritime", "border");
        Agency customs = agencies.byId("customs").orElseThrow();
        assertThat(customs.groups().officers()).containsExactly("clerks");
        assertThat(customs.groups().supervisors()).containsExactly("supervisors");
        assertThat(customs.ruleFolders()).containsExactly("validation", "targeting", "selection", "certificates");
        assertThat(customs.agreement().filingsFrom().kind()).isEqualTo(FilingsFrom.Kind.ALL);
        assertThat(customs.agreement().reasonsOf()).containsExactly("maritime");
        Agency health = agencies.byId("health").orElseThrow();
        assertThat(health.joined()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(health.agreement().retention()).isEqualTo(Period.ofYears(2));
        assertThat(health.agreement().legalBasis()).startsWith("International Health Regulations (2005)");
        assertThat(health.agreement().filingsFrom().kind()).isEqualTo(FilingsFrom.Kind.JOINED);
        assertThat(agencies.ofRuleFolder("persons")).map(Agency::id).contains("border");
        assertThat(agencies.ofGroups(List.of("clerks", "health-officers"))).extracting(Agency::id)
                .containsExactly("customs", "health");
    }

    @Test
    void ruleAuthorsReadCustomsCaseFilesWithoutWorkingForCustoms() {
        Agencies agencies = DemoAgencies.agencies();
        assertThat(agencies.byId("customs").orElseThrow().groups().readers()).containsExactly("ruleauthors");
        assertThat(agencies.readBy(List.of("ruleauthors"))).extracting(Agency::id).containsExactly("customs");
        assertThat(agencies.ofGroups(List.of("ruleauthors"))).isEmpty();
    }

    @Test
    void refusesAnUnknownFieldWithItsLineColumnAndTheFieldsThatExist() {
        String yaml = agency("health", """
                      sees:
                        - /health
                        - /crew/*/travelDoc/number
                """);

        assertThat(problems(yaml)).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.column()).isEqualTo(11);
            assertThat(problem.message()).isEqualTo("unknown field /crew/*/travelDoc/number");
            assertThat(problem.hint()).contains("no field \"travelDoc\" in /crew/*", "familyName", "travelDocument");
        });
    }

    @Test
    void refusesAListWithoutItsStarAndSaysHowToWriteIt() {
        assertThat(problems(agency("border", "      sees: [/crew/familyName]\n"))).singleElement()
                .satisfies(problem -> assertThat(problem.hint()).isEqualTo(
                        "/crew is a list: write /crew/*/familyName (* stands for every entry)"));
    }

    @Test
    void refusesAFieldBelowASingleValue() {
        assertThat(problems(agency("border", "      sees: [/vessel/name/first]\n"))).singleElement()
                .satisfies(problem -> assertThat(problem.hint()).contains("/vessel/name is a single value"));
    }

    @Test
    void refusesAnUnknownAgencyNamedInAnAgreement() {
        String yaml = agency("health", "      sees: [/health]\n      reasonsOf: [coastguard]\n");

        assertThat(problems(yaml)).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("unknown agency coastguard");
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.hint()).contains("health");
        });
    }

    @Test
    void refusesAMisspelledKeyRatherThanIgnoringIt() {
        String yaml = agency("health", "      sees: [/health]\n      retension: P1Y\n");

        assertThat(problems(yaml)).extracting(ConfigProblem::message).containsExactly("unknown key \"retension\"");
    }

    @Test
    void refusesAGroupOrRuleFolderGivenToTwoAgencies() {
        String yaml = """
                agencies:
                  - id: customs
                    name: Customs
                    officers: [clerks]
                    rules: [targeting]
                    agreement: {legalBasis: UCC, retention: P5Y, sees: [/]}
                  - id: health
                    name: Port health
                    officers: [clerks]
                    rules: [targeting]
                    agreement: {legalBasis: IHR, retention: P1Y, sees: [/health]}
                """;

        assertThat(problems(yaml)).extracting(ConfigProblem::line, ConfigProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(9, "\"clerks\" already belongs to agency customs"),
                org.assertj.core.groups.Tuple.tuple(10, "\"targeting\" already belongs to agency customs"));
    }

    @Test
    void refusesABadRetentionAndAMissingLegalBasisTogether() {
        String yaml = """
                agencies:
                  - id: health
                    name: Port health
                    officers: [health-officers]
                    agreement:
                      retention: two years
                      sees: [/health]
                """;

        assertThat(problems(yaml)).extracting(ConfigProblem::message).containsExactlyInAnyOrder(
                "\"legalBasis\" is missing", "retention \"two years\" is not a positive ISO 8601 period");
    }

    @Test
    void refusesYamlThatDoesNotParseWithItsLine() {
        assertThatThrownBy(() -> file.parse("agencies:\n  - id: a\n    id: b\n", "agencies.yml"))
                .isInstanceOfSatisfying(AgenciesFileException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.line()).isEqualTo(3);
                        assertThat(problem.message()).contains("Duplicate field 'id'");
                    });
                    assertThat(e.getMessage()).contains("agencies.yml:3:");
                });
    }

    @Test
    void aBrokenFileInTestResourcesIsRefusedWithEveryProblem() throws IOException {
        String yaml = Files.readString(java.nio.file.Path.of("src", "test", "resources", "agencies-broken.yml"),
                StandardCharsets.UTF_8);

        assertThat(problems(yaml)).extracting(ConfigProblem::line).containsExactly(7, 4, 12, 16);
    }

    private List<ConfigProblem> problems(String yaml) {
        try {
            file.parse(yaml, "agencies.yml");
        } catch (AgenciesFileException e) {
            return e.problems();
        }
        throw new AssertionError("the file was accepted");
    }

    /** A file with one agency whose agreement ends with the given lines (line 8 is the first of them). */
    private static String agency(String id, String agreementLines) {
        return """
                agencies:
                  - id: %s
                    name: An agency
                    officers: [%s-officers]
                    agreement:
                      legalBasis: A law
                      retention: P1Y
                """.formatted(id, id) + agreementLines;
    }
}
