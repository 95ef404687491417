package org.portcullis.sharing.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.sharing.DemoAgencies.agencies;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.value.Mrn;

/** Findings, decisions and watchlist matches of a case: whose and what for everyone, why only where agreed. */
class DerivedDataDisclosureTest {

    private static final Mrn MRN = Mrn.of("26NL00000000000127");
    private static final Finding REFUSED = new Finding("FPR-001", "Death on board: free pratique refused",
            new Target(TargetKind.VESSEL, "MSC AURORA"), Outcome.HOLD, "2 deaths declared: cardiac arrest", false);
    private static final Finding ISPS = new Finding("ISP-001", "Security certificate expired: hold",
            new Target(TargetKind.VESSEL, "MSC AURORA"), Outcome.HOLD, "ISSC expired on 2026-11-30", false);
    private static final Finding LISTED = new Finding("PER-001", "Person on a watchlist: hold",
            new Target(TargetKind.PERSON, "Sokolov, Viktor"), Outcome.HOLD, "PW-0001 persons-of-interest", false);
    private static final List<AgencyFinding> FINDINGS = List.of(new AgencyFinding("health", REFUSED),
            new AgencyFinding("maritime", ISPS), new AgencyFinding("border", LISTED));

    @Test
    void anotherAgencysHoldShowsWhoseAndThatItHoldsButNotWhy() {
        List<DisclosedFinding> seen = Disclosure.forGroups(agencies(), Set.of("border-officers")).findings(FINDINGS);

        assertThat(seen).extracting(DisclosedFinding::agency, DisclosedFinding::outcome, DisclosedFinding::detailed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("health", Outcome.HOLD, false),
                        org.assertj.core.groups.Tuple.tuple("maritime", Outcome.HOLD, false),
                        org.assertj.core.groups.Tuple.tuple("border", Outcome.HOLD, true));
        assertThat(seen.get(0).toString()).doesNotContain("cardiac", "FPR-001", "death");
        assertThat(seen.get(2).finding()).contains(LISTED);
    }

    @Test
    void anAgreementThatSharesReasonsShowsThem() {
        List<DisclosedFinding> seen = Disclosure.forGroups(agencies(), Set.of("clerks")).findings(FINDINGS);

        assertThat(seen.get(1).finding()).contains(ISPS);
        assertThat(seen.get(0).finding()).isEmpty();
        assertThat(seen.get(2).finding()).isEmpty();
    }

    @Test
    void anotherAgencysDecisionShowsWhatAndWhenButNotTheReasonNorTheOfficer() {
        Instant at = Instant.parse("2026-12-03T10:00:00Z");
        var decisions = List.of(new AgencyDecision("health",
                new OfficerDecision(MRN, ReferralDecision.HOLD, "suspected measles on board", "health", at)));

        DisclosedDecision toCustoms = Disclosure.forGroups(agencies(), Set.of("clerks")).decisions(decisions).get(0);
        DisclosedDecision toHealth = Disclosure.forGroups(agencies(), Set.of("health-supervisors"))
                .decisions(decisions).get(0);

        assertThat(toCustoms).isEqualTo(new DisclosedDecision("health", ReferralDecision.HOLD, at, Optional.empty(),
                Optional.empty()));
        assertThat(toHealth.reason()).contains("suspected measles on board");
        assertThat(toHealth.officer()).contains("health");
    }

    @Test
    void watchlistMatchesStayWithTheAgencyThatScreened() {
        var match = new AgencyScreeningMatch("border", new ScreeningMatch("persons-of-interest", "PW-0001",
                "SOKOLOV Viktor", new Target(TargetKind.PERSON, "Sokolov, Viktor"), "SOKOLOV VIKTOR|1971-03-14",
                MatchStrength.CONFIRMED, 0.97, "date of birth agrees"));

        assertThat(Disclosure.forGroups(agencies(), Set.of("border-officers")).screeningMatches(List.of(match)))
                .containsExactly(match);
        assertThat(Disclosure.forGroups(agencies(), Set.of("clerks", "health-officers"))
                .screeningMatches(List.of(match))).isEmpty();
    }

    @Test
    void aMatchOfAPersonNeverReachesAnAgencyWhoseAgreementShowsNoPersonsEvenItsOwn() {
        var person = new AgencyScreeningMatch("maritime", new ScreeningMatch("persons-of-interest", "PW-0001",
                "SOKOLOV Viktor", new Target(TargetKind.PERSON, "Sokolov, Viktor (crew)"), "SOKOLOV VIKTOR|1971-03-14",
                MatchStrength.CONFIRMED, 0.97, "date of birth agrees"));
        var party = new AgencyScreeningMatch("maritime", new ScreeningMatch("eu-sanctions", "WL-0007",
                "Balkan Trading", new Target(TargetKind.PARTY, "Balkan Trading"), "BALKAN TRADING|RS",
                MatchStrength.POSSIBLE, 0.9, "name agrees"));
        Disclosure harbour = Disclosure.forGroups(agencies(), Set.of("harbour-officers"));

        assertThat(harbour.showsPersons()).isFalse();
        assertThat(harbour.screeningMatches(List.of(person, party))).containsExactly(party);
        assertThat(Disclosure.forGroups(agencies(), Set.of("clerks")).screeningMatches(List.of(person, party)))
                .containsExactly(person, party);
    }

    @Test
    void anAgencyThatJoinedLaterSeesOnlyFilingsFromThatDayOnUnlessItsAgreementSaysAll() {
        var healthAndCustoms = Disclosure.forGroups(agencies(), Set.of("health-officers", "clerks"));

        assertThat(healthAndCustoms.forFiling(Instant.parse("2026-11-30T23:59:59Z")).agencyIds())
                .containsExactly("customs");
        assertThat(healthAndCustoms.forFiling(Instant.parse("2026-12-01T00:00:00Z")).agencyIds())
                .containsExactly("customs", "health");
        assertThat(Disclosure.forGroups(agencies(), Set.of("health-officers"))
                .forFiling(Instant.parse("2026-11-30T12:00:00Z")).isEmpty()).isTrue();
    }
}
