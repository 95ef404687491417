package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.portcullis.model.value.GeoPosition;

/** The event rules and their reference data (port areas, listed sea areas): compiled, and bad rows named by line. */
class IotReferenceDataTest {

    private final RuleSetCompiler compiler = new RuleSetCompiler(Clock.systemUTC());

    @Test
    void repositoryRuleSetHasTheEventRulesAndTheirAreas() {
        RuleSet ruleSet = RepositoryRuleSet.ruleSet();

        assertThat(ruleSet.rules()).extracting(RuleDescription::id)
                .contains("IOT-001", "IOT-002", "IOT-003", "IOT-004", "IOT-005", "IOT-006", "IOT-007", "IOT-008");
        assertThat(ruleSet.rules()).filteredOn(rule -> rule.id().startsWith("IOT-"))
                .allSatisfy(rule -> assertThat(rule.packageName()).isEqualTo("iot"))
                .noneSatisfy(rule -> assertThat(rule.carrierVisible()).isTrue());
        var ports = ruleSet.referenceData().portAreas();
        assertThat(ports.areas()).hasSize(12);
        assertThat(ports.at(GeoPosition.ofLocodeCoordinates("5113N 00425E"))).hasValueSatisfying(
                area -> assertThat(area.port()).isEqualTo("BEANR"));
        assertThat(ports.at(new GeoPosition(45.5, -6.0))).isEmpty();
        assertThat(ruleSet.referenceData().listedAreas().areas()).hasSize(3);
    }

    @Test
    void badPortAreaRowsAreReportedWithTheirLines() {
        String csv = """
                # comment
                port,coordinates,radiusKm
                NLRTM,5155N 00430E,40
                ROTTERDAM,5155N 00430E,40
                DEHAM,53.5N 9.9E,20
                BEANR,5113N 00425E,0
                NLRTM,5155N 00430E,40
                """;

        assertThatThrownBy(() -> compiler.compile(sources(IotReferenceReader.PORT_AREAS, csv)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::file, RuleProblem::line)
                        .containsExactly(Tuple.tuple(IotReferenceReader.PORT_AREAS, 4),
                                Tuple.tuple(IotReferenceReader.PORT_AREAS, 5),
                                Tuple.tuple(IotReferenceReader.PORT_AREAS, 6),
                                Tuple.tuple(IotReferenceReader.PORT_AREAS, 7)));
    }

    @Test
    void listedAreaWithoutReasonOrWithBadCoordinatesIsReported() {
        String csv = """
                area,coordinates,radiusKm,reason
                Somewhere,2711N 05616E,60,
                Elsewhere,2711N 05660E,60,Listed
                """;

        assertThatThrownBy(() -> compiler.compile(sources(IotReferenceReader.LISTED_AREAS, csv)))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::line, RuleProblem::message)
                        .containsExactly(Tuple.tuple(2,
                                        "needs the area's name and the reason it is listed"),
                                Tuple.tuple(3, "coordinates: '2711N 05660E' is not UN/LOCODE"
                                        + " coordinates such as 5155N 00430E")));
    }

    @Test
    void areaFileWithoutItsColumnsIsReported() {
        assertThatThrownBy(() -> compiler.compile(sources(IotReferenceReader.LISTED_AREAS, "area,reason\nX,Y\n")))
                .isInstanceOfSatisfying(RuleSetCompileException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message())
                                .contains("coordinates", "radiusKm")));
    }

    private static RuleSources sources(String path, String content) {
        return new RuleSources(Map.of(path, content.getBytes(StandardCharsets.UTF_8)));
    }
}
