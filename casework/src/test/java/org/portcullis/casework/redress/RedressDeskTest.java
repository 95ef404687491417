package org.portcullis.casework.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portcullis.casework.Samples;
import org.portcullis.casework.agency.AgenciesProperties;
import org.portcullis.casework.agency.AgencyRecords;
import org.portcullis.casework.cases.AssessmentRepository;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.casework.ledger.TestLedger;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.PartyHistory;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.watchlist.OfficialWatchlists;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Four-eyes redress end to end at the module's level: the sample whose consignee is on the cargo watchlist
 * (CONFIRMED, held by TGT-002) is assessed with the redress records of the database; a clerk's mark waits for a
 * supervisor, the supervisor's approval sets the match aside (kept, with who and why), a revocation brings it back.
 */
@ExtendWith(OutputCaptureExtension.class)
class RedressDeskTest {

    private static final LiveRuleSet RULES = new LiveRuleSet(new RuleSetCompiler(Clock.systemUTC())
            .compile(RuleSources.fromDirectory(Path.of("../rules/ruleset"))));
    private static final Mrn MRN = Mrn.issue(2026, CountryCode.of("NL"), 42);
    private static final List<String> CUSTOMS = List.of("customs");

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final RedressStore store = new RedressStore(database.jdbc());
    private final TestLedger log = TestLedger.on(database);
    private final RedressDesk desk = new RedressDesk(store, new AssessmentRepository(database.jdbc(),
            database.batches()), new AgencyRecords(database.jdbc(), database.batches()),
            new AgenciesProperties(null, "customs"), log.ledger(), clock);
    private final DroolsFilingAssessor assessor = new DroolsFilingAssessor(RULES, clock,
            new DroolsFilingAssessor.Sources(PartyHistory.NONE, PersonHistory.NONE, store, new OfficialWatchlists()));
    private Filing filing;

    @BeforeEach
    void aCaseWhoseConsigneeMatchedTheWatchlist() throws IOException {
        filing = new FilingDocuments(FilingJson.objectMapper()).read(
                Files.readString(Samples.DIRECTORY.resolve("filing-watchlist-consignee.json")), "message-1", "MSC");
        Assessment assessment = assessor.assess(MRN, filing);
        assertThat(assessment.screeningMatches()).singleElement()
                .satisfies(match -> assertThat(match.strength()).isEqualTo(MatchStrength.CONFIRMED));
        store(assessment);
    }

    @Test
    void aClerksMarkOnAConfirmedMatchWaitsForASupervisorAndTheMatchStillHolds() {
        RedressRecord record = desk.mark(MRN.value(), 0, "Other company: trade register NL 1234",
                LocalDate.of(2027, 6, 1), "clerk").orElseThrow();

        assertThat(record.status(desk.today())).isEqualTo(RedressStatus.PENDING);
        Assessment again = assessor.assess(MRN, filing);
        assertThat(again.findings()).anyMatch(finding -> finding.ruleId().equals("TGT-002"));
        assertThat(again.screeningMatches()).singleElement().satisfies(match -> assertThat(match.explanation())
                .contains("marked as a false positive by clerk on 2026-12-01, awaiting a supervisor's approval"));
        assertThat(desk.latest(true, 10, CUSTOMS)).extracting(RedressRecord::id).containsExactly(record.id());
    }

    @Test
    void theAuthorCannotApproveTheirOwnMark() {
        RedressRecord record = desk.mark(MRN.value(), 0, "Other company", LocalDate.of(2027, 6, 1), "supervisor")
                .orElseThrow();

        assertThatThrownBy(() -> desk.approve(record.id(), "supervisor", CUSTOMS))
                .isInstanceOf(RedressRefusedException.class)
                .satisfies(e -> assertThat(((RedressRefusedException) e).reason())
                        .isEqualTo(RedressRefusedException.Reason.OWN_RECORD));
        assertThat(store.byId(record.id()).orElseThrow().status(desk.today())).isEqualTo(RedressStatus.PENDING);
    }

    @Test
    void anApprovedMarkSetsTheMatchAsideWithWhoAndWhyAndARevocationBringsItBack(CapturedOutput output) {
        RedressRecord record = desk.mark(MRN.value(), 0, "Other company: trade register NL 1234",
                LocalDate.of(2027, 6, 1), "clerk").orElseThrow();
        now.set(Instant.parse("2026-12-02T09:00:00Z"));
        desk.approve(record.id(), "supervisor", CUSTOMS);

        Assessment setAside = assessor.assess(MRN, filing);
        assertThat(setAside.findings()).noneMatch(finding -> finding.ruleId().equals("TGT-002"));
        assertThat(setAside.screeningMatches()).isEmpty();
        assertThat(setAside.setAsideMatches()).singleElement().satisfies(match -> assertThat(match.describe())
                .isEqualTo("matched WL-0001 ('Blackwater Maritime Trading LLC') of cargo-watchlist, set aside by"
                        + " clerk on 2026-12-01 because Other company: trade register NL 1234 (approved by"
                        + " supervisor), until 2027-06-01"));

        desk.revoke(record.id(), "supervisor", "New intelligence links the two companies", CUSTOMS);
        assertThat(assessor.assess(MRN, filing).findings()).anyMatch(finding -> finding.ruleId().equals("TGT-002"));
        assertThat(output.getOut()).contains("Redress " + record.id() + ": clerk marked a CONFIRMED match of case "
                + MRN.value()).doesNotContain("Blackwater").doesNotContain("trade register");
    }

    @Test
    void everyStepIsALeafOfTheLogOnceWithTheOfficerAndTheReasonsDigestNeverTheListedNameOrTheReason() {
        RedressRecord record = desk.mark(MRN.value(), 0, "Other company: trade register NL 1234",
                LocalDate.of(2027, 6, 1), "clerk").orElseThrow();
        desk.approve(record.id(), "supervisor", CUSTOMS);
        desk.revoke(record.id(), "supervisor", "New intelligence links the two companies", CUSTOMS);

        List<String> leaves = log.leaves(LedgerEntries.redressRef(record.id()));

        assertThat(leaves).hasSize(3);
        assertThat(leaves).allSatisfy(leaf -> assertThat(leaf).contains("\"kind\":\"REDRESS_DECISION\"",
                "\"redressId\":\"" + record.id() + "\"", "\"agency\":\"customs\"", "\"mrn\":\"" + MRN.value() + "\"")
                .doesNotContain("Blackwater", "WL-0001", "trade register", "New intelligence"));
        assertThat(leaves.get(0)).contains("\"step\":\"MARKED\"", "\"officer\":\"clerk\"", "\"reasonSha256\":\""
                + LedgerEntries.sha256("Other company: trade register NL 1234".getBytes(StandardCharsets.UTF_8)));
        assertThat(leaves.get(1)).contains("\"step\":\"APPROVED\"", "\"officer\":\"supervisor\"")
                .doesNotContain("reasonSha256");
        assertThat(leaves.get(2)).contains("\"step\":\"REVOKED\"", "\"reasonSha256\":\"" + LedgerEntries.sha256(
                "New intelligence links the two companies".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aStepWhoseTransactionRollsBackLeavesNoLeafAndARefusedStepNone() {
        RedressRecord record = desk.mark(MRN.value(), 0, "Other company", LocalDate.of(2027, 6, 1), "clerk")
                .orElseThrow();

        database.transactions().executeWithoutResult(status -> {
            desk.reject(record.id(), "supervisor", "Same address as the listed company", CUSTOMS);
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> desk.approve(record.id(), "clerk", CUSTOMS))
                .isInstanceOf(RedressRefusedException.class);

        assertThat(store.byId(record.id()).orElseThrow().status(desk.today())).isEqualTo(RedressStatus.PENDING);
        assertThat(log.leaves(LedgerEntries.redressRef(record.id()))).singleElement().asString()
                .contains("\"step\":\"MARKED\"");
    }

    @Test
    void aRejectedMarkSetsNothingAsideAndCannotBeApprovedAfterwards() {
        RedressRecord record = desk.mark(MRN.value(), 0, "Other company", LocalDate.of(2027, 6, 1), "clerk")
                .orElseThrow();
        desk.reject(record.id(), "supervisor", "Same address as the listed company", CUSTOMS);

        assertThat(store.byId(record.id()).orElseThrow().status(desk.today())).isEqualTo(RedressStatus.REJECTED);
        assertThatThrownBy(() -> desk.approve(record.id(), "supervisor2", CUSTOMS))
                .isInstanceOf(RedressRefusedException.class);
        assertThat(assessor.assess(MRN, filing).findings()).anyMatch(finding -> finding.ruleId().equals("TGT-002"));
    }

    @Test
    void anApprovedMarkEndsWithItsExpiry() {
        RedressRecord record = desk.mark(MRN.value(), 0, "Other company", LocalDate.of(2026, 12, 10), "clerk")
                .orElseThrow();
        desk.approve(record.id(), "supervisor", CUSTOMS);
        now.set(Instant.parse("2026-12-11T09:00:00Z"));

        assertThat(store.byId(record.id()).orElseThrow().status(desk.today())).isEqualTo(RedressStatus.EXPIRED);
        assertThat(assessor.assess(MRN, filing).findings()).anyMatch(finding -> finding.ruleId().equals("TGT-002"));
    }

    @Test
    void aMarkNeedsAReasonAndAnExpiryAheadWithinTwoYears() {
        assertThatThrownBy(() -> desk.mark(MRN.value(), 0, " ", LocalDate.of(2027, 1, 1), "clerk"))
                .hasFieldOrPropertyWithValue("reason", RedressRefusedException.Reason.REASON_REQUIRED);
        assertThatThrownBy(() -> desk.mark(MRN.value(), 0, "why", null, "clerk"))
                .hasFieldOrPropertyWithValue("reason", RedressRefusedException.Reason.EXPIRY_REQUIRED);
        assertThatThrownBy(() -> desk.mark(MRN.value(), 0, "why", LocalDate.of(2026, 12, 1), "clerk"))
                .hasFieldOrPropertyWithValue("reason", RedressRefusedException.Reason.EXPIRY_NOT_AHEAD);
        assertThatThrownBy(() -> desk.mark(MRN.value(), 0, "why", LocalDate.of(2028, 12, 2), "clerk"))
                .hasFieldOrPropertyWithValue("reason", RedressRefusedException.Reason.EXPIRY_TOO_FAR);
        assertThat(desk.mark(MRN.value(), 1, "why", LocalDate.of(2027, 1, 1), "clerk")).isEmpty();
        assertThat(desk.latest(false, 10, CUSTOMS)).isEmpty();
    }

    /** The assessment as the application stores it (the parts the desk reads: the screening matches). */
    private void store(Assessment assessment) {
        var jdbc = database.jdbc();
        jdbc.sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'MSC', 'LRN-1', 'REFERRED', '9074729', 'VESSEL', 'NLRTM', ?, 1, 1, ?, ?)""")
                .params(MRN.value(), now.get().atOffset(ZoneOffset.UTC), now.get().atOffset(ZoneOffset.UTC),
                        now.get().atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("""
                insert into assessment (id, mrn, filing_version, rule_set_version, outcome, lane, assessed_at)
                values (1, ?, 1, ?, ?, ?, ?)""")
                .params(MRN.value(), assessment.ruleSetVersion(), assessment.outcome().name(),
                        assessment.lane().name(), now.get().atOffset(ZoneOffset.UTC)).update();
        ScreeningMatch match = assessment.screeningMatches().get(0);
        jdbc.sql("""
                insert into screening_match (assessment_id, position, list_name, entry_id, listed_name, subject_kind,
                    subject_reference, subject_key, strength, score, explanation)
                values (1, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(match.listName(), match.entryId(), match.listedName(), match.subject().kind().name(),
                        match.subject().reference(), match.subjectKey(), match.strength().name(), match.score(),
                        match.explanation()).update();
    }
}
