package org.portcullis.app.redress;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.app.web.CaseFileFixtures;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.portcullis.casework.casefile.OfficerCaseFiles;
import org.portcullis.casework.redress.RedressDesk;
import org.portcullis.casework.redress.RedressRecord;
import org.portcullis.casework.redress.RedressRefusedException;
import org.portcullis.model.assessment.MatchStrength;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The redress pages as an adapter: a clerk's mark goes to the desk with reason and expiry and comes back as the
 * desk's answer (pending for a confirmed match) or refusal; supervisors list, approve and revoke; clerks cannot.
 */
@PortcullisWebMvcTest({FalsePositiveController.class, RedressController.class})
class RedressControllersTest {

    static final String MATCH = "/cases/" + CaseFileFixtures.MRN + "/screening-matches/0/false-positive";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RedressDesk desk;

    @MockitoBean
    OfficerCaseFiles caseFiles;

    private final RedressRecord pending = new RedressRecord(7, "EU-SANCTIONS", "WL-0007", "Balkan", "party:balkan",
            "Balkan Sporting Ammunition d.o.o. (consignee of MEDUAE778812)", CaseFileFixtures.MRN,
            MatchStrength.CONFIRMED, "Another company", LocalDate.of(2027, 6, 1), "clerk",
            Instant.parse("2026-12-01T09:00:00Z"), null, null, null, null, null, null, null, null);

    @BeforeEach
    void today() {
        when(desk.today()).thenReturn(TODAY);
        when(caseFiles.redresses(eq(CaseFileFixtures.MRN), isNull(), any())).thenReturn(true);
    }

    @Test
    @WithOfficer("clerk")
    void anOfficerWhoDoesNotWorkForTheScreeningAgencyCannotSetItsMatchesAside() throws Exception {
        when(caseFiles.redresses(eq(CaseFileFixtures.MRN), isNull(), any())).thenReturn(false);

        mvc.perform(post(MATCH).with(csrf()).param("reason", "not them").param("expiresOn", "2027-06-01"))
                .andExpect(status().isNotFound());
        mvc.perform(post(MATCH).with(csrf()).param("reason", "not them").param("expiresOn", "2027-06-01")
                        .param("agency", "border"))
                .andExpect(status().isNotFound());

        verify(desk, never()).mark(anyString(), anyInt(), any(), any(), anyString());
        verify(desk, never()).mark(anyString(), anyString(), anyInt(), any(), any(), anyString());
    }

    @Test
    @WithOfficer(value = "border", roles = "CLERK", groups = "border-officers")
    void aBorderOfficersMarkGoesToBorderPolicesMatches() throws Exception {
        when(caseFiles.redresses(eq(CaseFileFixtures.MRN), eq("border"), any())).thenReturn(true);
        when(desk.mark(CaseFileFixtures.MRN, "border", 0, "not them", LocalDate.of(2027, 6, 1), "border"))
                .thenReturn(Optional.of(pending));

        mvc.perform(post(MATCH).with(csrf()).param("reason", "not them").param("expiresOn", "2027-06-01")
                        .param("agency", "border"))
                .andExpect(redirectedUrl("/cases/" + CaseFileFixtures.MRN + "#screening"));

        verify(desk).mark(CaseFileFixtures.MRN, "border", 0, "not them", LocalDate.of(2027, 6, 1), "border");
        verify(desk, never()).mark(anyString(), anyInt(), any(), any(), anyString());
    }

    @Test
    @WithOfficer("clerk")
    void aMarkOnAConfirmedMatchIsRecordedAsAwaitingASupervisor() throws Exception {
        when(desk.mark(CaseFileFixtures.MRN, 0, " Another company ", LocalDate.of(2027, 6, 1), "clerk"))
                .thenReturn(Optional.of(pending));

        mvc.perform(post(MATCH).with(csrf()).param("reason", " Another company ").param("expiresOn", "2027-06-01"))
                .andExpect(redirectedUrl("/cases/" + CaseFileFixtures.MRN + "#screening"))
                .andExpect(flash().attribute("flash", FlashMessage.success("redress.pending",
                        pending.subjectReference(), "WL-0007", "EU-SANCTIONS", "2027-06-01")));
    }

    @Test
    @WithOfficer("clerk")
    void aRefusedMarkComesBackWithTheReasonInWords() throws Exception {
        when(desk.mark(anyString(), anyInt(), any(), any(), anyString())).thenThrow(new RedressRefusedException(
                RedressRefusedException.Reason.EXPIRY_TOO_FAR, "too far"));

        mvc.perform(post(MATCH).with(csrf()).param("reason", "why").param("expiresOn", "2030-01-01"))
                .andExpect(flash().attribute("flash", FlashMessage.warning("redress.refused.EXPIRY_TOO_FAR")));
    }

    @Test
    @WithOfficer("clerk")
    void aDateTypedInTheBrowsersLocaleIsExplainedAndNothingIsMarked() throws Exception {
        mvc.perform(post(MATCH).with(csrf()).param("reason", "why").param("expiresOn", "06/01/2027"))
                .andExpect(redirectedUrl("/cases/" + CaseFileFixtures.MRN + "#screening"))
                .andExpect(flash().attribute("flash", FlashMessage.warning("redress.badDate", "06/01/2027")));
        org.mockito.Mockito.verify(desk, org.mockito.Mockito.never()).mark(any(), anyInt(), any(), any(), any());
    }

    @Test
    @WithOfficer("clerk")
    void aMatchThatDoesNotExistIsNotFound() throws Exception {
        when(desk.mark(anyString(), eq(3), any(), any(), anyString())).thenReturn(Optional.empty());

        mvc.perform(post("/cases/" + CaseFileFixtures.MRN + "/screening-matches/3/false-positive").with(csrf())
                        .param("reason", "not them").param("expiresOn", "2027-01-01"))
                .andExpect(status().isNotFound());
    }

    @Test
    @WithOfficer(value = "supervisor", roles = {"SUPERVISOR", "CLERK"}, groups = {"supervisors", "clerks"})
    void aSupervisorSeesThePendingMarksAndApprovesOne() throws Exception {
        when(desk.latest(true, 100, List.of("customs"))).thenReturn(List.of(pending));
        when(desk.latest(false, 100, List.of("customs"))).thenReturn(List.of(pending));
        mvc.perform(get("/redress")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"approve-7\"")))
                .andExpect(content().string(Matchers.containsString("awaiting approval")));

        when(desk.approve(7, "supervisor", List.of("customs"))).thenReturn(pending);
        mvc.perform(post("/redress/7/approve").with(csrf()))
                .andExpect(redirectedUrl("/redress"))
                .andExpect(flash().attribute("flash", FlashMessage.success("redress.approved", "7", "WL-0007",
                        "EU-SANCTIONS")));
    }

    @Test
    @WithOfficer(value = "supervisor", roles = {"SUPERVISOR", "CLERK"}, groups = {"supervisors", "clerks"})
    void approvingOnesOwnMarkIsRefused() throws Exception {
        when(desk.approve(7, "supervisor", List.of("customs"))).thenThrow(new RedressRefusedException(
                RedressRefusedException.Reason.OWN_RECORD, "own"));

        mvc.perform(post("/redress/7/approve").with(csrf()))
                .andExpect(flash().attribute("flash", FlashMessage.warning("redress.refused.OWN_RECORD")));
    }

    @Test
    @WithOfficer(value = "border-chief", roles = {"CLERK", "AGENCY_SUPERVISOR"},
            groups = {"border-supervisors", "border-officers"})
    void borderPolicesSupervisorActsOnBorderPolicesRecordsOnly() throws Exception {
        when(desk.latest(true, 100, List.of("border"))).thenReturn(List.of(pending));
        mvc.perform(get("/redress")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"approve-7\"")));

        when(desk.approve(7, "border-chief", List.of("border"))).thenReturn(pending);
        mvc.perform(post("/redress/7/approve").with(csrf()))
                .andExpect(flash().attribute("flash", FlashMessage.success("redress.approved", "7", "WL-0007",
                        "EU-SANCTIONS")));
        verify(desk).approve(7, "border-chief", List.of("border"));
    }

    @Test
    @WithOfficer("clerk")
    void aClerkCannotOpenOrApproveRedress() throws Exception {
        mvc.perform(get("/redress")).andExpect(status().isForbidden());
        mvc.perform(post("/redress/7/approve").with(csrf())).andExpect(status().isForbidden());
    }
}
