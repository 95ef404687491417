package org.portcullis.app.rules;

import org.portcullis.casework.rules.ScreeningRedress;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.casefile.CaseFileViews;
import org.portcullis.casework.casefile.OfficerCaseFiles;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.app.web.CaseFileFixtures;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@PortcullisWebMvcTest(ScreeningRedressController.class)
@WithOfficer("clerk")
class ScreeningRedressControllerTest {

    static final String MATCH = "/cases/" + CaseFileFixtures.MRN + "/screening-matches/0/false-positive";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CaseFileViews caseFiles;

    @MockitoBean
    OfficerCaseFiles officerCaseFiles;

    @MockitoBean
    ScreeningRedress redress;

    @BeforeEach
    void caseWithAWatchlistMatch() {
        when(officerCaseFiles.readsLeadReasons(eq(CaseFileFixtures.MRN), any())).thenReturn(true);
        when(caseFiles.find(CaseFileFixtures.MRN)).thenReturn(Optional.of(CaseFileFixtures.inspectedArmsCase(List.of())));
    }

    @Test
    void falsePositiveIsRecordedWithWhoAndWhy() throws Exception {
        mvc.perform(post(MATCH).with(csrf()).param("reason", " Another company: trade register RS 4711 "))
                .andExpect(redirectedUrl("/cases/" + CaseFileFixtures.MRN))
                .andExpect(flash().attribute("flash", FlashMessage.success("redress.recorded",
                        "Balkan Sporting Ammunition d.o.o. (consignee of MEDUAE778812)", "WL-0007", "EU-SANCTIONS")));

        verify(redress).record("EU-SANCTIONS", "WL-0007", "party:balkan",
                "Balkan Sporting Ammunition d.o.o. (consignee of MEDUAE778812)", CaseFileFixtures.MRN,
                "Another company: trade register RS 4711", "clerk");
    }

    @Test
    void falsePositiveWithoutReasonIsRefusedAndNothingRecorded() throws Exception {
        mvc.perform(post(MATCH).with(csrf()).param("reason", "  "))
                .andExpect(redirectedUrl("/cases/" + CaseFileFixtures.MRN))
                .andExpect(flash().attribute("flash", FlashMessage.warning("redress.reason.required")));

        verify(redress, never()).record(any(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void matchThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(post("/cases/" + CaseFileFixtures.MRN + "/screening-matches/3/false-positive").with(csrf())
                        .param("reason", "not them"))
                .andExpect(status().isNotFound());
    }

    @Test
    void officerWhoMayNotReadCustomsReasonsCannotSetCustomsMatchesAside() throws Exception {
        when(officerCaseFiles.readsLeadReasons(eq(CaseFileFixtures.MRN), any())).thenReturn(false);

        mvc.perform(post(MATCH).with(csrf()).param("reason", "not them")).andExpect(status().isNotFound());

        verify(redress, never()).record(any(), any(), any(), any(), any(), any(), any());
    }
}
