package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.history.PersonSighting;

/**
 * Assessing filings for the trafficking and smuggling indicators (TRF-001 to TRF-009): every finding of theirs must
 * refer the case to the border police (documentary check or inspection), be hidden from the carrier, and never hold
 * or stop anything on its own.
 */
final class Indicators {

    static final String THIS_VESSEL = "9321483";

    private Indicators() {
    }

    static List<Finding> trafficking(Filing filing) {
        return trafficking(filing, PersonHistory.NONE);
    }

    static List<Finding> trafficking(Filing filing, PersonHistory history) {
        Assessment assessment = RepositoryRuleSet.assessPersons(filing, history);
        List<Finding> findings = assessment.findings().stream().filter(f -> f.ruleId().startsWith("TRF-")).toList();
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.outcome()).isIn(Outcome.DOCUMENT_CHECK, Outcome.INSPECT);
            assertThat(finding.agency()).isEqualTo("border");
            assertThat(finding.carrierVisible()).isFalse();
        });
        return findings;
    }

    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    static Filing passengers(TestPersons.Builder... builders) {
        return TestPersons.filing(List.of(), TestPersons.build(builders));
    }

    static PersonSighting seen(String mrn, String imo, String port, String arrival, PersonRole role, String family,
            String given, String birth, String document) {
        return new PersonSighting(mrn, imo, "VESSEL " + imo, port, LocalDate.parse(arrival), role, family, given,
                birth == null ? null : LocalDate.parse(birth), document);
    }
}
