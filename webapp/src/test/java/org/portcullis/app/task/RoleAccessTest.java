package org.portcullis.app.task;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portcullis.app.casefile.CaseFileViews;
import org.portcullis.app.casefile.CaseSearch;
import org.portcullis.app.dashboard.Dashboard;
import org.portcullis.app.dashboard.DashboardCharts;
import org.portcullis.app.deadletter.DeadLetterQueue;
import org.portcullis.app.deadletter.DeadLetterReplay;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.Officers;
import org.portcullis.processes.clearance.ClearanceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every role is refused what it may not do, over the whole web layer with the real security rules: status 403 and
 * nothing changed (no decision, claim or replay reached the services). docs/ui.md has the table of roles.
 */
@PortcullisWebMvcTest
class RoleAccessTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OfficerTasks tasks;
    @MockitoBean
    CaseSearch caseSearch;
    @MockitoBean
    TaskPages taskPages;
    @MockitoBean
    DecisionRefusals refusals;
    @MockitoBean
    ClearanceService clearance;
    @MockitoBean
    CaseFileViews caseFiles;
    @MockitoBean
    Dashboard dashboard;
    @MockitoBean
    DashboardCharts charts;
    @MockitoBean
    DeadLetterQueue deadLetters;
    @MockitoBean
    DeadLetterReplay replay;

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "RULE_AUTHOR, GET,  /tasks,                    403",
        "RULE_AUTHOR, POST, /tasks/t-1/decision,       403",
        "RULE_AUTHOR, POST, /tasks/t-1/claim,          403",
        "RULE_AUTHOR, GET,  /cases/26NL00000000000010, 403",
        "RULE_AUTHOR, GET,  /dashboard,                403",
        "RULE_AUTHOR, POST, /incidents/i-1/retry,      403",
        "CLERK,       GET,  /dashboard,                403",
        "CLERK,       GET,  /dashboard.csv,            403",
        "CLERK,       GET,  /dead-letters,             403",
        "CLERK,       POST, /dead-letters/replay,      403",
        "CLERK,       GET,  /rules,                    403",
        "CLERK,       POST, /rules/targeting/arms.drl, 403",
        "CLERK,       POST, /incidents/i-1/retry,      403",
        "SUPERVISOR,  POST, /rules/targeting/arms.drl, 403",
        "ADMIN,       POST, /dead-letters/replay,      403",
        "ADMIN,       GET,  /tasks,                    403",
        "ADMIN,       POST, /tasks/t-1/decision,       403",
        "ADMIN,       GET,  /dashboard,                403",
    })
    void roleIsRefusedAndNothingChanges(String role, String method, String path, int expected) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path).with(csrf()).param("id", "ID:1")
                        .param("decision", "RELEASE").param("reason", "fine")
                        .with(authentication(Officers.authentication("someone", List.of(role), List.of()))))
                .andExpect(status().is(expected));

        verifyNoInteractions(clearance, replay, dashboard, deadLetters, taskPages);
    }

    @ParameterizedTest(name = "{0} {1} -> not refused")
    @CsvSource({
        "RULE_AUTHOR, /rules/catalogue, 404",
        "SUPERVISOR,  /rules/catalogue, 404",
        "ADMIN,       /dead-letters,    200",
        "SUPERVISOR,  /dead-letters,    200",
    })
    void roleMayReachWhatItsRoleOpens(String role, String path, int expected) throws Exception {
        when(deadLetters.browse(anyInt(), anyInt())).thenReturn(new DeadLetterQueue.Page(List.of(), 0, 25, 0, false));

        mvc.perform(request(HttpMethod.GET, path)
                        .with(authentication(Officers.authentication("someone", List.of(role), List.of()))))
                .andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "anonymous {0}")
    @CsvSource({"/tasks", "/cases", "/dashboard", "/dead-letters", "/"})
    void anonymousVisitorIsSentToSignIn(String path) throws Exception {
        mvc.perform(request(HttpMethod.GET, path)).andExpect(redirectedUrl("http://localhost/login"));
    }
}
