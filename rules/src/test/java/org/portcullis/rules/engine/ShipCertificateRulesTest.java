package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.TestFilings.item;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.certificate.CertificateCheck;
import org.portcullis.model.certificate.CertificateProblem;
import org.portcullis.model.certificate.ShipCertificateChecks;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.ShipCertificate;
import org.portcullis.model.risk.RiskScores;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.screening.RedressRegister;

/** The checks of a filing's ship certificates are facts: rules CRT-001 to CRT-005 say what each problem means. */
class ShipCertificateRulesTest {

    private static final ShipCertificate ISSC = new ShipCertificate("ISSC", "ISSC-1", "DEMO-FLAG",
            LocalDate.of(2026, 1, 15), LocalDate.of(2031, 1, 14), "T-1", "a.b.c");

    private final Filing filing = TestFilings.filing(item("LED ceiling lamps, 230 V", "940511"));

    @Test
    void aVerifiedCertificateRaisesNothing() {
        assertThat(assess().findings()).isEmpty();
    }

    @Test
    void aSignatureThatDoesNotVerifyHoldsTheCaseWithTheReason() {
        Assessment assessment = assess(CertificateProblem.SIGNATURE_INVALID);

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("CRT-001");
        Finding finding = assessment.findings().get(0);
        assertThat(finding.outcome()).isEqualTo(Outcome.HOLD);
        assertThat(finding.target().kind()).isEqualTo(TargetKind.VESSEL);
        assertThat(finding.reason()).contains("ISSC ISSC-1 (tracking number T-1)", "reason of SIGNATURE_INVALID");
    }

    @Test
    void eachProblemHasItsRuleAndOutcome() {
        assertThat(only(CertificateProblem.ISSUER_UNKNOWN)).containsExactly("CRT-002 DOCUMENT_CHECK");
        assertThat(only(CertificateProblem.EXPIRED)).containsExactly("CRT-003 DOCUMENT_CHECK");
        assertThat(only(CertificateProblem.NOT_YET_VALID)).containsExactly("CRT-003 DOCUMENT_CHECK");
        assertThat(only(CertificateProblem.REVOKED)).containsExactly("CRT-004 HOLD");
        assertThat(only(CertificateProblem.DECLARATION_DIFFERS)).containsExactly("CRT-005 HOLD");
    }

    private List<String> only(CertificateProblem problem) {
        return assess(problem).findings().stream().map(f -> f.ruleId() + " " + f.outcome()).toList();
    }

    private Assessment assess(CertificateProblem... problems) {
        CertificateCheck check = new CertificateCheck(0, ISSC, null, Arrays.stream(problems)
                .map(problem -> new CertificateCheck.Finding(problem, "reason of " + problem)).toList());
        ShipCertificateChecks checks = filed -> List.of(check);
        return new DroolsFilingAssessor(new LiveRuleSet(RepositoryRuleSet.ruleSet()), RepositoryRuleSet.CLOCK,
                DroolsFilingAssessor.Sources.of((keys, mrn) -> Set.copyOf(keys), PersonHistory.NONE,
                        RedressRegister.NONE), RiskScores.NONE, checks)
                .assess(RepositoryRuleSet.unselectedMrn(filing), filing);
    }
}
