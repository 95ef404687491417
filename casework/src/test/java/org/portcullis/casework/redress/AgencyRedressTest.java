package org.portcullis.casework.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.agency.AgenciesProperties;
import org.portcullis.casework.agency.AgencyMatches;
import org.portcullis.casework.agency.AgencyRecords;
import org.portcullis.casework.cases.AssessmentRepository;
import org.portcullis.casework.cases.ScreeningMatchRows;
import org.portcullis.casework.ledger.TestLedger;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.PartyHistory;
import org.portcullis.rules.engine.RuleSelection;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.watchlist.OfficialWatchlists;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Redress of a person's watchlist match that border police's assessment found (its persons folder screens crew and
 * passengers; customs' main assessment does not): the match is kept with border police's assessment, marked by a
 * border officer, approved only by a supervisor of border police who did not mark it, and invisible to customs'
 * supervisors, who can neither list nor approve it.
 */
class AgencyRedressTest {

    private static final LiveRuleSet RULES = new LiveRuleSet(new RuleSetCompiler(Clock.systemUTC())
            .compile(RuleSources.fromDirectory(Path.of("../rules/ruleset"))));
    private static final RuleSelection BORDER_FOLDERS = RuleSelection.folders(Set.of("persons"));
    private static final Mrn MRN = Mrn.issue(2026, CountryCode.of("NL"), 43);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final List<String> BORDER = List.of("border");
    private static final List<String> CUSTOMS = List.of("customs");

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final RedressStore store = new RedressStore(database.jdbc());
    private final AgencyRecords agencyRecords = new AgencyRecords(database.jdbc(), database.batches());
    private final RedressDesk desk = new RedressDesk(store, new AssessmentRepository(database.jdbc(),
            database.batches()), agencyRecords, new AgenciesProperties(null, "customs"),
            TestLedger.on(database).ledger(), clock);
    private final DroolsFilingAssessor assessor = new DroolsFilingAssessor(RULES, clock,
            new DroolsFilingAssessor.Sources(PartyHistory.NONE, PersonHistory.NONE, store, new OfficialWatchlists()));
    private Filing filing;

    @BeforeEach
    void aCrewListNamingAListedPersonAssessedByBorderPolice() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = (ObjectNode) json.readTree(Files.readString(
                Path.of("..", "docs", "examples", "crew-passengers-health-part.json")));
        ((ObjectNode) document.withArray("crew").get(0)).put("familyName", "Sokolov")
                .put("givenNames", "Viktor Aleksandrovich").put("dateOfBirth", "1971-03-14").put("nationality", "RU");
        filing = new FilingDocuments(FilingJson.objectMapper()).read(json.writeValueAsString(document), "m-1", "MSC");
        database.jdbc().sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'MSC', 'LRN-2', 'REFERRED', '9074729', 'VESSEL', 'NLRTM', ?, 0, 1, ?, ?)""")
                .params(MRN.value(), NOW.atOffset(ZoneOffset.UTC), NOW.atOffset(ZoneOffset.UTC),
                        NOW.atOffset(ZoneOffset.UTC)).update();
        storeBorderAssessment(assessBorder());
    }

    @Test
    void customsMainAssessmentNoLongerScreensPersonsBorderPolicesDoesAndKeepsItsMatches() {
        assertThat(assessor.assess(RULES.current(), MRN, filing).screeningMatches())
                .noneMatch(match -> match.subject().kind() == TargetKind.PERSON);

        assertThat(agencyRecords.latestMatches(MRN)).singleElement().satisfies(matches -> {
            assertThat(matches.agency()).isEqualTo("border");
            assertThat(matches.matches()).singleElement().satisfies(match -> {
                assertThat(match.entryId()).isEqualTo("PW-0001");
                assertThat(match.strength()).isEqualTo(MatchStrength.CONFIRMED);
                assertThat(match.subject().reference()).startsWith("Sokolov");
            });
        });
    }

    @Test
    void aBorderOfficersMarkIsBorderPolicesAndOnlyAnotherBorderSupervisorApprovesIt() {
        RedressRecord record = desk.mark(MRN.value(), "border", 0, "Another Viktor Sokolov: passport photo differs",
                LocalDate.of(2027, 6, 1), "border").orElseThrow();

        assertThat(record.agency()).isEqualTo("border");
        assertThat(desk.agencyOf(record)).isEqualTo("border");
        assertThat(record.status(desk.today())).isEqualTo(RedressStatus.PENDING);
        assertThat(desk.latest(true, 10, CUSTOMS)).isEmpty();
        assertThat(desk.latest(true, 10, BORDER)).extracting(RedressRecord::id).containsExactly(record.id());
        assertThat(desk.ofCase(MRN.value())).isEmpty();
        assertThat(desk.ofCase(MRN.value(), "border")).extracting(RedressRecord::id).containsExactly(record.id());
        assertThatThrownBy(() -> desk.approve(record.id(), "supervisor", CUSTOMS))
                .hasFieldOrPropertyWithValue("reason", RedressRefusedException.Reason.NO_SUCH_RECORD);
        assertThatThrownBy(() -> desk.revoke(record.id(), "supervisor", "no", CUSTOMS))
                .hasFieldOrPropertyWithValue("reason", RedressRefusedException.Reason.NO_SUCH_RECORD);
        assertThatThrownBy(() -> desk.approve(record.id(), "border", BORDER))
                .hasFieldOrPropertyWithValue("reason", RedressRefusedException.Reason.OWN_RECORD);
        assertThat(assessBorder().findings()).extracting(Finding::ruleId).contains("PER-001");

        desk.approve(record.id(), "border-chief", BORDER);

        Assessment setAside = assessBorder();
        assertThat(setAside.findings()).extracting(Finding::ruleId).doesNotContain("PER-001");
        assertThat(setAside.setAsideMatches()).singleElement()
                .satisfies(match -> assertThat(match.setAside().approvedBy()).isEqualTo("border-chief"));
        storeBorderAssessment(setAside);
        assertThat(agencyRecords.latestMatches(MRN)).singleElement().extracting(AgencyMatches::setAside)
                .satisfies(matches -> assertThat(matches).hasSize(1));
    }

    @Test
    void customsCannotMarkBorderPolicesMatchAsItsOwn() {
        assertThat(desk.mark(MRN.value(), 0, "why", LocalDate.of(2027, 1, 1), "clerk")).isEmpty();
        assertThat(desk.mark(MRN.value(), "health", 0, "why", LocalDate.of(2027, 1, 1), "health")).isEmpty();
        assertThat(desk.mark(MRN.value(), "border", 1, "why", LocalDate.of(2027, 1, 1), "border")).isEmpty();
    }

    private Assessment assessBorder() {
        return assessor.assess(RULES.current(), MRN, filing, BORDER_FOLDERS);
    }

    /** Border police's assessment as the application keeps it: agency_assessment and its matches. */
    private void storeBorderAssessment(Assessment assessment) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        database.jdbc().sql("""
                insert into agency_assessment (mrn, agency, outcome, rule_set_version, assessed_at)
                values (?, 'border', ?, ?, ?)""")
                .params(MRN.value(), assessment.outcome().name(), assessment.ruleSetVersion(),
                        NOW.atOffset(ZoneOffset.UTC)).update(key, "id");
        ScreeningMatchRows.insert(database.batches(), ScreeningMatchRows.Table.AGENCY, key.getKey().longValue(),
                assessment);
    }
}
