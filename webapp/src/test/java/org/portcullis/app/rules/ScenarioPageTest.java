package org.portcullis.app.rules;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.portcullis.casework.rules.DraftFiles;
import org.portcullis.casework.rules.DraftPublication;
import org.portcullis.casework.rules.DraftRuleSet;
import org.portcullis.casework.rules.RulesProperties;
import org.portcullis.casework.rules.StoredFilings;
import org.portcullis.rules.backtest.Backtest;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.scenario.ScenarioRunner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The scenarios page of a rule author whose scenario folder holds no scenario says where it looked. */
@PortcullisWebMvcTest(RuleAuthoringController.class)
@WithOfficer(value = "author", roles = "RULE_AUTHOR", groups = "ruleauthors")
class ScenarioPageTest {

    private static final Path EMPTY_FOLDER = emptyFolder();

    @Autowired
    MockMvc mvc;
    @Autowired
    LiveRuleSet live;
    @MockitoBean
    DraftRuleSet draft;
    @MockitoBean
    ScenarioRunner scenarios;
    @MockitoBean
    Backtest backtest;
    @MockitoBean
    StoredFilings storedFilings;
    @MockitoBean
    DraftPublication publication;
    @MockitoBean
    DraftFiles draftFiles;

    @TestConfiguration(proxyBeanMethods = false)
    static class Folders {

        @Bean
        RulesProperties rulesProperties() {
            return new RulesProperties(null, null, EMPTY_FOLDER.toString(), false, null, null, null, null, null);
        }

        @Bean
        LiveRuleSet liveRuleSet() {
            RuleSet ruleSet = mock(RuleSet.class);
            when(ruleSet.version()).thenReturn("abc123def456");
            LiveRuleSet live = mock(LiveRuleSet.class);
            when(live.current()).thenReturn(ruleSet);
            return live;
        }
    }

    @Test
    void emptyScenarioFolderSaysWhereItLooked() throws Exception {
        mvc.perform(get("/rules/scenarios"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No scenario files (*.json) in "
                        + EMPTY_FOLDER.toAbsolutePath().normalize() + ": nothing was run.")));
    }

    private static Path emptyFolder() {
        try {
            Path folder = Files.createTempDirectory("no-scenarios-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
