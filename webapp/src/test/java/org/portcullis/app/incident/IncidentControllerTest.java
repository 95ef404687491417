package org.portcullis.app.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.app.web.CaseFileFixtures;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.portcullis.processes.incident.IncidentNotOpenException;
import org.portcullis.processes.incident.Incidents;
import org.portcullis.processes.incident.OpenIncident;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@PortcullisWebMvcTest(IncidentController.class)
@WithOfficer(value = "supervisor", roles = "SUPERVISOR", groups = "supervisors")
class IncidentControllerTest {

    static final OpenIncident FAILED_RELEASE = new OpenIncident("i-1", CaseFileFixtures.MRN, "Task_Release", "Release",
            "No filing version 1 of " + CaseFileFixtures.MRN, Instant.parse("2026-11-29T09:30:00Z"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Incidents incidents;

    @Test
    void listsTheFailedStepsWithTheirCaseAndError() throws Exception {
        when(incidents.open(IncidentController.LIMIT)).thenReturn(List.of(FAILED_RELEASE));

        String page = mvc.perform(get("/incidents"))
                .andExpect(view().name("incidents/incidents"))
                .andExpect(model().attribute("incidents", List.of(FAILED_RELEASE)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-mrn=\"" + CaseFileFixtures.MRN + "\"", "Release",
                "No filing version 1 of " + CaseFileFixtures.MRN, "2026-11-29 09:30:00", "/incidents/i-1/retry");
        assertThat(page).doesNotContain("??");
    }

    @Test
    void retryRunsTheStepAgainAndSaysSo() throws Exception {
        mvc.perform(post("/incidents/i-1/retry").with(csrf()))
                .andExpect(redirectedUrl("/incidents"))
                .andExpect(flash().attribute("flash", FlashMessage.success("incidents.retried")));

        verify(incidents).retry("i-1");
    }

    @Test
    void retryOfAStepRetriedAlreadyChangesNothing() throws Exception {
        doThrow(new IncidentNotOpenException("i-1")).when(incidents).retry("i-1");

        mvc.perform(post("/incidents/i-1/retry").with(csrf()))
                .andExpect(redirectedUrl("/incidents"))
                .andExpect(flash().attribute("flash", FlashMessage.warning("incidents.notOpen")));
    }
}
