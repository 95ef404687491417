package org.portcullis.app.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.portcullis.casework.risk.HistorySource;
import org.portcullis.casework.risk.ModelActivation;
import org.portcullis.casework.risk.ModelStatus;
import org.portcullis.casework.risk.RiskMode;
import org.portcullis.casework.risk.RiskModels;
import org.portcullis.casework.risk.StoredModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@PortcullisWebMvcTest(RiskModelController.class)
@WithOfficer(value = "author", roles = "RULE_AUTHOR", groups = "ruleauthors")
class RiskPagesTest {

    private static final Instant AT = Instant.parse("2026-11-29T09:00:00Z");
    private static final StoredModel MODEL = new StoredModel("8b5dfbfc8ed3", ModelStatus.LIVE, AT, "author",
            HistorySource.GENERATED, AT.minusSeconds(86_400 * 90), AT.minusSeconds(86_400 * 30), 3470, 136, 1370,
            0.073, 0.041, 0.352, 0.197, 0.698, 0.639, "strategy caught\nRULES 56\nMODEL 100\n");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RiskModels models;

    @Test
    void authorsSeeEachModelsBacktestAgainstTheRulesAndWhatServes() throws Exception {
        when(models.models()).thenReturn(List.of(MODEL));
        ModelActivation live = new ModelActivation(2, MODEL.version(), RiskMode.LIVE, AT, "author");
        when(models.current()).thenReturn(Optional.of(live));
        when(models.activations()).thenReturn(List.of(live));

        String page = mvc.perform(get("/rules/risk")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Model 8b5dfbfc8ed3 serves live", "data-status=\"LIVE\"", "7.3% / 4.1%",
                "35.2% / 19.7%", "0.698 / 0.639", "MODEL 100", "generated history");
    }

    @Test
    void trainingMakesADraftAndSaysSo() throws Exception {
        when(models.train("author", HistorySource.STORED)).thenReturn("0123456789ab");

        mvc.perform(post("/rules/risk/train").param("source", "STORED").with(csrf()))
                .andExpect(redirectedUrl("/rules/risk"))
                .andExpect(flash().attribute("flash", FlashMessage.success("risk.trainedDraft", "0123456789ab")));
    }

    @Test
    void goingLiveAndRollingBackAreTheAuthorsAndRecordWhoDidIt() throws Exception {
        when(models.rollback("author")).thenReturn(new ModelActivation(3, "0123456789ab", RiskMode.SHADOW, AT,
                "author"));

        mvc.perform(post("/rules/risk/0123456789ab/serve").param("mode", "LIVE").with(csrf()))
                .andExpect(redirectedUrl("/rules/risk"));
        mvc.perform(post("/rules/risk/rollback").with(csrf())).andExpect(redirectedUrl("/rules/risk"));

        verify(models).serve("0123456789ab", RiskMode.LIVE, "author");
        verify(models).rollback("author");
    }

    @Test
    @WithOfficer(value = "clerk", roles = "CLERK", groups = "clerks")
    void clerksCannotPutAModelLive() throws Exception {
        mvc.perform(post("/rules/risk/0123456789ab/serve").param("mode", "LIVE").with(csrf()))
                .andExpect(status().isForbidden());
    }
}
