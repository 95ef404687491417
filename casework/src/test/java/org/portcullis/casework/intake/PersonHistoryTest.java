package org.portcullis.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.documents.StoredDocuments;
import org.portcullis.casework.iot.CaseSubjects;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.casework.persons.StoredPersonHistory;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.intake.Syntax;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.PartyHistory;
import org.portcullis.rules.engine.RuleSelection;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.rules.screening.RedressRecords;
import org.portcullis.rules.watchlist.OfficialWatchlists;

/**
 * The persons rules over the stored crew and passenger lists: filings registered as cases (their persons written
 * with each version), then a filing assessed with the repository's persons rules and the stored history. A crew member of
 * the vessel's last call missing without a sign-off (TRF-005), a passenger on two other vessels' lists within 30
 * days (TRF-004), a document number another filing gave another name (TRF-008); cancelled cases and lists outside
 * the 90 days are not history.
 */
class PersonHistoryTest {

    private static final ObjectMapper JSON = FilingJson.objectMapper();
    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "crew-passengers-health-part.json");
    private static final RuleSet RULE_SET = new RuleSetCompiler(Clock.systemUTC())
            .compile(RuleSources.fromDirectory(Path.of("../rules/ruleset")));
    private static final String ARRIVAL = "2026-12-04T14:00:00Z";

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final FilingDocuments documents = new FilingDocuments(JSON);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private final CaseVersions versions = new CaseVersions(database.jdbc(), documents,
            new StoredDocuments(database.jdbc(), clock), new FilingGoodsLines(database.batches()),
            new FilingPersons(database.batches()), new CaseSubjects(database.batches(), database.jdbc()), clock);
    private final DroolsFilingAssessor assessor = new DroolsFilingAssessor(new LiveRuleSet(RULE_SET), clock,
            new DroolsFilingAssessor.Sources(PartyHistory.NONE, new StoredPersonHistory(database.jdbc()),
                    RedressRecords.NONE, new OfficialWatchlists()));
    private int cases;

    @Test
    void crewMemberOfTheLastCallMissingWithoutSignOffIsReferredToTheBorderPolice() throws IOException {
        ObjectNode last = filing("9839284", "2026-11-20T08:00:00Z");
        crew(last).add(person("Berg", "Anna", "1990-06-01", "NLS777001"));
        register(last);
        ObjectNode earlier = filing("9839284", "2026-11-01T08:00:00Z");
        crew(earlier).add(person("Visser", "Kees", "1970-01-01", "NLS777002"));
        register(earlier);

        List<Finding> findings = assess(filing("9839284", ARRIVAL));

        assertThat(findings).filteredOn(f -> f.ruleId().equals("TRF-005")).singleElement().satisfies(finding -> {
            assertThat(finding.reason()).contains("Anna Berg", "NLRTM").doesNotContain("Visser");
            assertThat(finding.agency()).isEqualTo("border");
        });
    }

    @Test
    void crewOfACancelledCallIsNoHistory() throws IOException {
        ObjectNode last = filing("9839284", "2026-11-20T08:00:00Z");
        crew(last).add(person("Berg", "Anna", "1990-06-01", "NLS777001"));
        Mrn cancelled = register(last);
        database.jdbc().sql("update clearance_case set status = 'CANCELLED' where mrn = ?").param(cancelled.value())
                .update();

        assertThat(assess(filing("9839284", ARRIVAL))).noneMatch(f -> f.ruleId().equals("TRF-005"));
    }

    @Test
    void passengerOnTwoOtherVesselsListsWithinThirtyDaysIsReferred() throws IOException {
        register(filing("9074729", "2026-11-20T08:00:00Z"));
        register(filing("9321483", "2026-11-25T08:00:00Z"));

        List<Finding> findings = assess(filing("9839284", ARRIVAL));

        assertThat(findings).filteredOn(f -> f.ruleId().equals("TRF-004")).extracting(f -> f.target().reference())
                .containsExactlyInAnyOrder("Jansen, Pieter (crew)", "Santos, Maria (crew)", "Okafor, Ada (passenger)");
        assertThat(findings).filteredOn(f -> f.target().reference().startsWith("Okafor")
                && f.ruleId().equals("TRF-004")).singleElement()
                .satisfies(finding -> assertThat(finding.reason()).contains("9074729", "9321483"));
    }

    @Test
    void listsOutsideTheWindowAndOnOneOtherVesselOnlyAreNotReferred() throws IOException {
        register(filing("9074729", "2026-11-20T08:00:00Z"));
        register(filing("9321483", "2026-08-01T08:00:00Z"));

        assertThat(assess(filing("9839284", ARRIVAL))).noneMatch(f -> f.ruleId().equals("TRF-004"));
    }

    @Test
    void documentNumberAnotherFilingGaveAnotherNameIsReferred() throws IOException {
        ObjectNode other = filing("9074729", "2026-11-10T08:00:00Z");
        ObjectNode passenger = (ObjectNode) other.withArray("passengers").get(0);
        passenger.put("familyName", "Mensah").put("givenNames", "Kwame").put("dateOfBirth", "1968-03-03");
        register(other);

        List<Finding> findings = assess(filing("9839284", ARRIVAL));

        assertThat(findings).filteredOn(f -> f.ruleId().equals("TRF-008")).singleElement()
                .satisfies(finding -> assertThat(finding.reason()).contains("A01234567", "Kwame Mensah"));
    }

    /** Border police's assessment: the persons rules run in its folder only (config/agencies.yml). */
    private List<Finding> assess(ObjectNode filing) throws IOException {
        Mrn mrn = register(filing);
        return assessor.assess(RULE_SET, mrn, read(filing), RuleSelection.folders(Set.of("persons"))).findings();
    }

    private Mrn register(ObjectNode filing) throws IOException {
        Mrn mrn = Mrn.issue(2026, CountryCode.of("NL"), ++cases);
        ((ObjectNode) filing.get("header")).put("lrn", "LRN-" + cases);
        Filing read = read(filing);
        versions.open(mrn, read, versions.store(read), Syntax.JSON);
        return mrn;
    }

    private Filing read(ObjectNode filing) throws IOException {
        return documents.read(JSON.writeValueAsString(filing), "message-" + cases, "MSC");
    }

    /** The example crew and passenger part for this vessel, arriving then (previous ports and sent-at kept). */
    private static ObjectNode filing(String imo, String eta) throws IOException {
        ObjectNode filing = (ObjectNode) JSON.readTree(Files.readString(EXAMPLE));
        ((ObjectNode) filing.get("vessel")).put("imoNumber", imo);
        ((ObjectNode) filing.get("portCall")).put("eta", eta);
        ((ObjectNode) filing.get("header")).remove("mrn");
        return filing;
    }

    private static ArrayNode crew(ObjectNode filing) {
        return filing.withArray("crew");
    }

    private static ObjectNode person(String family, String given, String born, String document) {
        ObjectNode person = JSON.createObjectNode().put("familyName", family).put("givenNames", given)
                .put("sex", "F").put("dateOfBirth", born).put("nationality", "NL").put("rank", "Cook");
        person.putObject("travelDocument").put("type", "SEAFARERS_IDENTITY_DOCUMENT").put("number", document)
                .put("issuingState", "NL").put("expiry", "2030-01-31");
        return person;
    }
}
