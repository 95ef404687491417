package org.portcullis.casework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.edifact.EdifactFilingReader;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;

/**
 * The checks after the structure check run on EDIFACT as on JSON: a cargo report whose structure conforms reaches the
 * rules (a vague goods description asks for information), and a container number with a wrong check digit is refused
 * pointing at its EQD segment.
 */
class EdifactAssessmentTest {

    private static final Path CARGO_REPORT = Path.of("..", "docs", "examples", "cuscar-cargo-report.edi");
    private static final RuleSet RULE_SET = new RuleSetCompiler(Clock.systemUTC())
            .compile(RuleSources.fromDirectory(Path.of("../rules/ruleset")));

    private final EdifactFilingReader reader = new EdifactFilingReader();
    private final DroolsFilingAssessor assessor = new DroolsFilingAssessor(new LiveRuleSet(RULE_SET),
            Clock.systemUTC());

    @Test
    void vagueGoodsDescriptionInCuscarAsksForInformation() throws IOException {
        String report = cargoReport().replace("FTX+AAA+++LED ceiling lamps, 230 V'", "FTX+AAA+++GENERAL CARGO'");

        FilingReadResult result = reader.read(report.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(result).as(result.toString()).isInstanceOf(FilingReadResult.Valid.class);
        Assessment assessment = assessor.assess(RULE_SET, Mrn.issue(26, CountryCode.of("NL"), 1),
                ((FilingReadResult.Valid) result).filing());
        assertThat(assessment.findings()).extracting(Finding::ruleId).contains("VAL-001");
        assertThat(assessment.outcome()).isGreaterThanOrEqualTo(Outcome.REQUEST_INFORMATION);
    }

    @Test
    void containerNumberWithWrongCheckDigitPointsAtItsEqdSegment() throws IOException {
        String report = cargoReport();
        String container = report.substring(report.indexOf("EQD+CN+") + 7, report.indexOf("EQD+CN+") + 18);
        String wrong = container.substring(0, 10) + ((container.charAt(10) - '0' + 1) % 10);

        FilingReadResult result = reader.read(report.replace(container, wrong).getBytes(StandardCharsets.ISO_8859_1));

        assertThat(result).isInstanceOf(FilingReadResult.Invalid.class);
        assertThat(((FilingReadResult.Invalid) result).errors())
                .filteredOn(error -> error.code() == ErrorCode.CONTAINER_NUMBER_CHECK_DIGIT)
                .extracting(ValidationError::pointer).first().asString().matches("segment \\d+ EQD, element 2.*");
    }

    private static String cargoReport() throws IOException {
        return Files.readString(CARGO_REPORT, StandardCharsets.ISO_8859_1);
    }
}
