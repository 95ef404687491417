package org.portcullis.app.casefile;

import org.portcullis.casework.casefile.CaseRow;
import org.portcullis.casework.casefile.OfficerCaseSearch;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.casework.casefile.OfficerCaseFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portcullis.app.web.CaseFileFixtures;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import java.time.LocalDate;
import org.portcullis.casework.casefile.CaseFileView;
import org.portcullis.casework.casefile.SensorEvidence;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.model.assessment.SetAside;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.value.Mrn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@PortcullisWebMvcTest(CaseController.class)
@WithOfficer("clerk")
class CaseControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OfficerCaseFiles views;

    @MockitoBean
    OfficerCaseSearch search;

    @Test
    void caseFileShowsEveryPartFindingsHistoryAndDecisions() throws Exception {
        var decision = new OfficerDecision(Mrn.of(CaseFileFixtures.MRN), ReferralDecision.INSPECT,
                "Ammunition without an import licence on file", "clerk2", Instant.parse("2026-11-29T09:00:00Z"));
        var caseFile = CaseFileFixtures.referredArmsCase(List.of(decision));
        when(views.find(eq(CaseFileFixtures.MRN), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(caseFile)));

        String page = mvc.perform(get("/cases/" + CaseFileFixtures.MRN))
                .andExpect(status().isOk())
                .andExpect(view().name("cases/case"))
                .andExpect(model().attribute("caseFile", caseFile))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Case " + CaseFileFixtures.MRN, "data-rule-id=\"TGT-001\"",
                "HS code 930630 is in chapter 93, arms and ammunition", "MSC AURORA", "9839284", "GBFXT",
                "Balkan Sporting Ammunition d.o.o.", "MSCU7654329", "AE0012231",
                "Ammunition without an import licence on file", "clerk2", "Review referral", "waiting here",
                "What changed from version 1 to version 2", "/portCall/eta", "2026-12-05T09:30:00Z",
                "Message m-1 received (QUEUE): ACCEPTED");
        assertThat(page).doesNotContain("??");
        assertThat(org.portcullis.app.web.RawCodes.in(page)).as("codes shown instead of their labels").isEmpty();
    }

    @Test
    void caseFileShowsTheEdifactSegmentsPortcullisKeptAsReceived() throws Exception {
        var referred = CaseFileFixtures.referredArmsCase(List.of());
        var f = referred.filing();
        var withSegments = new org.portcullis.model.filing.Filing(f.header(), f.vessel(), f.portCall(),
                f.consignments(), f.crew(), f.passengers(), f.health(), f.shipStores(), f.crewEffects(),
                f.crewSignOffs(), f.security(), f.waste(),
                List.of(new org.portcullis.model.filing.UnmappedSegment("segment 11 GIS", "GIS+23"),
                        new org.portcullis.model.filing.UnmappedSegment("segment 29 PCI", "PCI+24+SHIP1234")));
        var caseFile = new org.portcullis.casework.casefile.CaseFileView(referred.summary(), withSegments,
                referred.assessment(), referred.decisions(), referred.notices(), referred.inspections(),
                referred.answers(), referred.portCallEvents(), referred.terminalNotices(), referred.history(),
                SensorEvidence.NONE);
        when(views.find(eq(CaseFileFixtures.MRN), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(caseFile)));

        String page = mvc.perform(get("/cases/" + CaseFileFixtures.MRN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("EDIFACT segments as received", "segment 11 GIS: GIS+23",
                "segment 29 PCI: PCI+24+SHIP1234");
    }

    @Test
    void caseFileShowsTheWorkflowsControlsThePortCallAndTheScreeningMatches() throws Exception {
        var caseFile = CaseFileFixtures.inspectedArmsCase(List.of());
        when(views.find(eq(CaseFileFixtures.MRN), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(caseFile)));

        String page = mvc.perform(get("/cases/" + CaseFileFixtures.MRN))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("At Scanner ECT Delta on 2026-12-04 16:30 by clerk2 (scheduled by clerk).",
                "Result: Irregularity: hold the goods, recorded by clerk2: Undeclared rifles in the second pallet",
                "Sporting ammunition for the Zagreb shooting club", "data-event=\"VESSEL_ARRIVED\"",
                "2026-12-04 13:40, ECT Delta 4", "data-container=\"MSCU7654329\"", "held for inspection",
                "data-entry-id=\"WL-0007\"", "WL-0007 (EU-SANCTIONS): BALKAN SPORTING AMMUNITION", "confirmed",
                "the name and the country match", "/cases/" + CaseFileFixtures.MRN + "/screening-matches/0/false-positive",
                "screening match");
        assertThat(page).doesNotContain("??");
        assertThat(org.portcullis.app.web.RawCodes.in(page)).as("codes shown instead of their labels").isEmpty();
    }

    @Test
    @WithOfficer(value = "supervisor", roles = "SUPERVISOR", groups = "supervisors")
    void supervisorMayMarkAFalsePositiveToo() throws Exception {
        when(views.find(eq(CaseFileFixtures.MRN), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.inspectedArmsCase(List.of()))));

        assertThat(mvc.perform(get("/cases/" + CaseFileFixtures.MRN)).andReturn().getResponse().getContentAsString())
                .contains("id=\"redress-submit-0\"");
    }

    @Test
    void findingsForTheBorderPoliceAndMatchesSetAsideAreShownAsSuch() throws Exception {
        CaseFileView referred = CaseFileFixtures.referredArmsCase(List.of());
        Finding trafficking = new Finding("TRF-005", "Crew member of the last call missing without a sign-off",
                new Target(TargetKind.PERSON, "Berg, Anna (crew)"), Outcome.INSPECT, "possible absconding", false,
                "border-police");
        ScreeningMatch setAside = new ScreeningMatch("un-consolidated", "XXi.001", "IVAN SIDORENKO",
                new Target(TargetKind.PERSON, "Sidorenko, Ivan (crew)"), "ivan|sidorenko|1968-04-21",
                MatchStrength.CONFIRMED, 1.0, "date of birth agrees", null, new SetAside("clerk",
                        Instant.parse("2026-11-20T10:00:00Z"), "another father's name", "supervisor",
                        Instant.parse("2026-11-21T10:00:00Z"), LocalDate.of(2027, 11, 20)));
        Assessment assessment = new Assessment(List.of(trafficking), Outcome.INSPECT, Lane.RED, "c4a0ee015e63",
                Instant.parse("2026-11-29T09:00:00Z"), List.of(), List.of(), List.of(setAside));
        when(views.find(eq(CaseFileFixtures.MRN), any(), any())).thenReturn(Optional.of(CaseFileFixtures.shown(
                new CaseFileView(referred.summary(), referred.filing(), assessment, List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), referred.history(), SensorEvidence.NONE))));

        String page = mvc.perform(get("/cases/" + CaseFileFixtures.MRN)).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("data-agency=\"border-police\"", "for the border police",
                "matched XXi.001 (&#39;IVAN SIDORENKO&#39;) of un-consolidated, set aside by clerk on",
                "because another father&#39;s name (approved by supervisor), until 2027-11-20")
                .doesNotContain("??");
    }

    @Test
    void caseThatDoesNotExistIsNotFound() throws Exception {
        when(views.find(eq("26NL99999999999999"), any(), any())).thenReturn(Optional.empty());

        mvc.perform(get("/cases/26NL99999999999999")).andExpect(status().isNotFound());
    }

    @Test
    void searchFindsCasesByTextStatusAndLane() throws Exception {
        var summary = CaseFileFixtures.summary(CaseStatus.REFERRED);
        when(search.page(any(), eq("aurora"), eq(CaseStatus.REFERRED), eq(Lane.RED), eq(0), anyInt()))
                .thenReturn(found(0, 1, row(summary)));

        String page = mvc.perform(get("/cases").param("q", "aurora").param("status", "REFERRED").param("lane", "RED"))
                .andExpect(view().name("cases/search"))
                .andExpect(model().attribute("caseSearch", hasProperty("status", is(CaseStatus.REFERRED))))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-mrn=\"" + CaseFileFixtures.MRN + "\"", "1 cases, newest first",
                "value=\"aurora\"", "<option value=\"REFERRED\" selected=\"selected\"",
                "href=\"/cases.csv?q=aurora&amp;status=REFERRED&amp;lane=RED\"");
    }

    @Test
    void statusOrLaneThatDoesNotExistIsExplainedAtItsFieldAndTheRestStillSearches() throws Exception {
        when(search.page(any(), eq("aurora"), isNull(), isNull(), eq(0), anyInt()))
                .thenReturn(found(0, 1, row(CaseFileFixtures.summary(CaseStatus.REFERRED))));

        String page = mvc.perform(get("/cases").param("q", "aurora").param("status", "FOO").param("lane", "PURPLE"))
                .andExpect(status().isOk())
                .andExpect(view().name("cases/search"))
                .andExpect(model().attributeHasFieldErrorCode("caseSearch", "status", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("caseSearch", "lane", "typeMismatch"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("aria-describedby=\"status-error\"", "aria-describedby=\"lane-error\"",
                "Choose a status from the list.", "Choose a lane from the list.",
                "data-mrn=\"" + CaseFileFixtures.MRN + "\"", "1 cases, newest first");
    }

    @Test
    void pageThatIsNoNumberShowsTheFirstPageAndSaysSoInTheOfficersLanguage() throws Exception {
        when(search.page(any(), isNull(), eq(CaseStatus.REFERRED), isNull(), eq(0), anyInt()))
                .thenReturn(found(0, 1, row(CaseFileFixtures.summary(CaseStatus.REFERRED))));

        String page = mvc.perform(get("/cases").param("status", "REFERRED").param("page", "abc").param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("caseSearch", "page", "typeMismatch"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Een pagina is een getal; dit is de eerste.",
                "data-mrn=\"" + CaseFileFixtures.MRN + "\"");
        assertThat(page).doesNotContain("??");
        assertThat(org.portcullis.app.web.RawCodes.in(page)).as("codes shown instead of their labels").isEmpty();
    }

    @Test
    void pagePastTheLastShowsTheLastPageItsSearchGives() throws Exception {
        when(search.page(any(), isNull(), isNull(), isNull(), eq(999), anyInt()))
                .thenReturn(found(1, 26, row(CaseFileFixtures.summary(CaseStatus.REFERRED))));

        String page = mvc.perform(get("/cases").param("page", "999"))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Page 2 of 2", "rel=\"prev\"", "page=0", "data-mrn=\"" + CaseFileFixtures.MRN + "\"")
                .doesNotContain("Page 1000", "rel=\"next\"");
    }

    private static OfficerCaseSearch.Found found(int page, long total, CaseRow row) {
        return new OfficerCaseSearch.Found(List.of("mrn"), List.of(row), page, 25, total);
    }

    /** The row of a case an officer sees in full. */
    private static CaseRow row(CaseSummary c) {
        return new CaseRow(c.mrn(), c.carrierId(), c.lrn(), c.vesselImo(), c.vesselName(), c.portOfCall(), c.eta(),
                c.status(), c.lane(), c.registeredAt(), c.consignmentCount(), 2, 0, java.util.Map.of());
    }
}
