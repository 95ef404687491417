package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.TestPersons.passenger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.filing.Filing;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.screening.Redress;
import org.portcullis.rules.screening.RedressRecords;
import org.portcullis.rules.watchlist.OfficialWatchlists;

/**
 * Redress with four eyes: a false positive on a confirmed match (which holds the filing) sets later matches aside only
 * once a second officer approved it; a possible match one officer may set aside; a record that expired or was
 * revoked sets nothing aside; a match set aside is recorded with who, when and why instead of disappearing.
 */
class RedressTest {

    private static final String SUBJECT = "ALEKSANDROVICH SOKOLOV VIKTOR|1971-03-14";
    private static final Instant MARKED = Instant.parse("2026-11-20T09:00:00Z");

    private static final Filing CONFIRMED_FILING = TestPersons.filing(List.of(), TestPersons.build(
            passenger("Sokolov", "Viktor Aleksandrovich").born("1971-03-14").nationality("RU")));
    private static final Filing POSSIBLE_FILING = TestPersons.filing(List.of(), TestPersons.build(
            passenger("de Vries", "Jan").born("1979-01-20").nationality("NL")));

    private static Redress redress(MatchStrength markedOn, String approvedBy, LocalDate expires, Instant revoked) {
        return new Redress("clerk", MARKED, "Different person: born in Tver, passport seen", markedOn, expires,
                approvedBy, approvedBy == null ? null : MARKED.plusSeconds(3600), revoked == null ? null : "supervisor",
                revoked);
    }

    private static Assessment assess(Filing filing, String entry, String subject, Redress record) {
        RedressRecords records = (list, entryId, key) -> entryId.equals(entry) && key.equals(subject)
                ? Optional.of(record) : Optional.empty();
        DroolsFilingAssessor assessor = new DroolsFilingAssessor(new LiveRuleSet(RepositoryRuleSet.ruleSet()),
                RepositoryRuleSet.CLOCK, new DroolsFilingAssessor.Sources((keys, mrn) -> Set.copyOf(keys),
                        PersonHistory.NONE, records, new OfficialWatchlists()));
        return assessor.assess(RepositoryRuleSet.ruleSet(), RepositoryRuleSet.unselectedMrn(filing), filing,
                RepositoryRuleSet.PERSONS);
    }

    @Test
    void aConfirmedMatchOneClerkMarkedStillHoldsAndSaysItAwaitsApproval() {
        Assessment assessment = assess(CONFIRMED_FILING, "PW-0001", SUBJECT,
                redress(MatchStrength.CONFIRMED, null, LocalDate.of(2027, 11, 20), null));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("PER-001");
        assertThat(assessment.findings().get(0).reason())
                .contains("marked as a false positive by clerk on 2026-11-20, awaiting a supervisor's approval");
        assertThat(assessment.setAsideMatches()).isEmpty();
    }

    @Test
    void aConfirmedMatchApprovedByASecondOfficerIsSetAsideAndShownAsSuch() {
        Assessment assessment = assess(CONFIRMED_FILING, "PW-0001", SUBJECT,
                redress(MatchStrength.CONFIRMED, "supervisor", LocalDate.of(2027, 11, 20), null));

        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.screeningMatches()).isEmpty();
        assertThat(assessment.setAsideMatches()).singleElement().satisfies(match -> {
            assertThat(match.strength()).isEqualTo(MatchStrength.CONFIRMED);
            assertThat(match.describe()).isEqualTo("matched PW-0001 ('Viktor Aleksandrovich Sokolov') of"
                    + " persons-of-interest, set aside by clerk on 2026-11-20 because Different person: born in Tver,"
                    + " passport seen (approved by supervisor), until 2027-11-20");
            assertThat(match.listVersion()).isNotNull();
        });
    }

    @Test
    void approvalByTheSameOfficerIsNoSecondPairOfEyes() {
        Assessment assessment = assess(CONFIRMED_FILING, "PW-0001", SUBJECT,
                redress(MatchStrength.CONFIRMED, "clerk", LocalDate.of(2027, 11, 20), null));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("PER-001");
    }

    @Test
    void anExpiredOrRevokedRecordSetsNothingAside() {
        Assessment expired = assess(CONFIRMED_FILING, "PW-0001", SUBJECT,
                redress(MatchStrength.CONFIRMED, "supervisor", LocalDate.of(2026, 11, 28), null));
        Assessment revoked = assess(CONFIRMED_FILING, "PW-0001", SUBJECT, redress(MatchStrength.CONFIRMED,
                "supervisor", LocalDate.of(2027, 11, 20), Instant.parse("2026-11-25T10:00:00Z")));

        assertThat(expired.findings()).extracting(Finding::ruleId).containsExactly("PER-001");
        assertThat(revoked.findings()).extracting(Finding::ruleId).containsExactly("PER-001");
    }

    @Test
    void aPossibleMatchOneOfficerMarkedIsSetAsideButDoesNotCoverAConfirmedOne() {
        Assessment possible = assess(POSSIBLE_FILING, "PW-0003", "DE JAN VRIES|1979-01-20",
                redress(MatchStrength.POSSIBLE, null, LocalDate.of(2027, 1, 1), null));
        Assessment confirmed = assess(CONFIRMED_FILING, "PW-0001", SUBJECT,
                redress(MatchStrength.POSSIBLE, null, LocalDate.of(2027, 1, 1), null));

        assertThat(possible.findings()).isEmpty();
        assertThat(possible.setAsideMatches()).singleElement()
                .satisfies(match -> assertThat(match.setAside().markedBy()).isEqualTo("clerk"));
        assertThat(confirmed.findings()).extracting(Finding::ruleId).containsExactly("PER-001");
    }
}
