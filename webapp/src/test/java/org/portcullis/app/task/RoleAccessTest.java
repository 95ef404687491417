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
import org.portcullis.casework.casefile.OfficerCaseFiles;
import org.portcullis.casework.casefile.CaseSearch;
import org.portcullis.casework.casefile.OfficerCaseSearch;
import org.portcullis.casework.dashboard.Dashboard;
import org.portcullis.app.dashboard.DashboardCharts;
import org.portcullis.casework.deadletter.DeadLetterQueue;
import org.portcullis.casework.deadletter.DeadLetterReplay;
import org.portcullis.casework.iot.SensorDeadLetters;
import org.portcullis.app.web.Officers;
import org.portcullis.app.web.WebSliceSupport;
import org.portcullis.processes.clearance.AgencyDecisions;
import org.portcullis.processes.clearance.OfficerDecisions;
import org.portcullis.processes.clearance.TaskClaims;
import org.portcullis.processes.incident.Incidents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every role is refused what it may not do, over the officers' web layer with the real security rules: status 403
 * and nothing changed (no decision, claim, inspection, retry or replay reached the services). The rules pages'
 * controllers are left out of this slice: a request the security rules let through to them answers 404 here, one
 * they refuse 403 (RuleAuthorBrowserIT works them for real). docs/ui.md has the table of roles.
 */
@WebMvcTest(useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
    "org\\.portcullis\\.app\\.(task|casefile|dashboard|deadletter|incident)\\.[A-Za-z]+Controller",
    "org\\.portcullis\\.app\\.web\\.[A-Za-z]+"}))
@Import(WebSliceSupport.class)
class RoleAccessTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OfficerTasks tasks;
    @MockitoBean
    CaseSearch caseSearch;
    @MockitoBean
    OfficerCaseSearch officerCaseSearch;
    @MockitoBean
    TaskPages taskPages;
    @MockitoBean
    TaskWork work;
    @MockitoBean
    ScheduleInspectionTaskForm scheduleForm;
    @MockitoBean
    DecisionRefusals refusals;
    @MockitoBean
    OfficerDecisions officers;
    @MockitoBean
    AgencyDecisions agencyDecisions;
    @MockitoBean
    Incidents incidents;
    @MockitoBean
    OfficerCaseFiles caseFiles;
    @MockitoBean
    Dashboard dashboard;
    @MockitoBean
    DashboardCharts charts;
    @MockitoBean
    DeadLetterQueue deadLetters;
    @MockitoBean
    SensorDeadLetters sensorDeadLetters;
    @MockitoBean
    DeadLetterReplay replay;
    @MockitoBean
    TaskClaims claims;
    @MockitoBean
    org.portcullis.casework.deadletter.DeadLetterDiscard discard;

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "RULE_AUTHOR, GET,  /tasks,                    403",
        "RULE_AUTHOR, POST, /tasks/t-1/decision,       403",
        "RULE_AUTHOR, POST, /tasks/t-1/claim,          403",
        "RULE_AUTHOR, POST, /tasks/t-1/release-claim,  403",
        "CLERK,       POST, /tasks/t-1/release-claim,  403",
        "CLERK,       POST, /tasks/t-1/hand-on,        403",
        "RULE_AUTHOR, GET,  /dashboard,                403",
        "RULE_AUTHOR, POST, /incidents/i-1/retry,      403",
        "RULE_AUTHOR, POST, /tasks/t-1/inspection,     403",
        "RULE_AUTHOR, POST, /tasks/t-1/inspection-result, 403",
        "RULE_AUTHOR, POST, /cases/26NL00000000000010/screening-matches/0/false-positive, 403",
        "CLERK,       GET,  /dashboard,                403",
        "CLERK,       GET,  /access-log,               403",
        "RULE_AUTHOR, POST, /tasks/t-1/agency-decision, 403",
        "ADMIN,       POST, /tasks/t-1/agency-decision, 403",
        "CLERK,       GET,  /dashboard.csv,            403",
        "CLERK,       GET,  /dead-letters,             403",
        "CLERK,       POST, /dead-letters/replay,      403",
        "CLERK,       POST, /dead-letters/discard,     403",
        "ADMIN,       POST, /dead-letters/discard,     403",
        "CLERK,       GET,  /rules,                    403",
        "CLERK,       POST, /rules/targeting/arms.drl, 403",
        "CLERK,       GET,  /incidents,                403",
        "CLERK,       GET,  /redress,                  403",
        "CLERK,       POST, /redress/1/approve,        403",
        "CLERK,       POST, /redress/1/revoke,         403",
        "RULE_AUTHOR, GET,  /redress,                  403",
        "ADMIN,       POST, /redress/1/reject,         403",
        "CLERK,       POST, /incidents/i-1/retry,      403",
        "CLERK,       GET,  /rules/catalogue,          403",
        "CLERK,       POST, /rules/draft/publish,      403",
        "SUPERVISOR,  POST, /rules/targeting/arms.drl, 403",
        "SUPERVISOR,  GET,  /rules/draft,              403",
        "SUPERVISOR,  GET,  /rules/scenarios,          403",
        "SUPERVISOR,  POST, /rules/draft/backtest,     403",
        "SUPERVISOR,  POST, /rules/draft/publish,      403",
        "ADMIN,       POST, /dead-letters/replay,      403",
        "ADMIN,       GET,  /tasks,                    403",
        "ADMIN,       POST, /tasks/t-1/decision,       403",
        "ADMIN,       POST, /tasks/t-1/inspection,     403",
        "ADMIN,       GET,  /dashboard,                403",
        "ADMIN,       GET,  /incidents,                403",
        "ADMIN,       POST, /incidents/i-1/retry,      403",
        "ADMIN,       GET,  /rules,                    403",
        "RULE_AUTHOR, GET,  /cases/26NL00000000000010/persons.csv, 403",
        "RULE_AUTHOR, GET,  /cases/26NL00000000000010/persons/0, 403",
        "RULE_AUTHOR, GET,  /api/v1/officer/cases/26NL00000000000010, 403",
        "ADMIN,       GET,  /cases/26NL00000000000010/goods.csv, 403",
        "ADMIN,       GET,  /cases.csv,                403",
    })
    void roleIsRefusedAndNothingChanges(String role, String method, String path, int expected) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path).with(csrf()).param("id", "ID:1")
                        .param("decision", "RELEASE").param("reason", "fine")
                        .with(authentication(Officers.authentication("someone", List.of(role), List.of()))))
                .andExpect(status().is(expected));

        verifyNoInteractions(officers, agencyDecisions, work, replay, dashboard, deadLetters, taskPages, incidents,
                claims, discard);
    }

    @ParameterizedTest(name = "{0} {1} -> not refused")
    @CsvSource({
        "RULE_AUTHOR, /rules,           404",
        "RULE_AUTHOR, /rules/catalogue, 404",
        "RULE_AUTHOR, /rules/draft,     404",
        "SUPERVISOR,  /rules,           404",
        "SUPERVISOR,  /rules/catalogue, 404",
        "ADMIN,       /dead-letters,    200",
        "SUPERVISOR,  /dead-letters,    200",
        "SUPERVISOR,  /incidents,       200",
    })
    void roleMayReachWhatItsRoleOpens(String role, String path, int expected) throws Exception {
        when(deadLetters.browse(anyInt(), anyInt())).thenReturn(new DeadLetterQueue.Page(List.of(), 0, 25, 0, false));

        mvc.perform(request(HttpMethod.GET, path)
                        .with(authentication(Officers.authentication("someone", List.of(role), List.of()))))
                .andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "anonymous {0}")
    @CsvSource({"/tasks", "/cases", "/dashboard", "/dead-letters", "/incidents", "/rules", "/"})
    void anonymousVisitorIsSentToSignIn(String path) throws Exception {
        mvc.perform(request(HttpMethod.GET, path)).andExpect(redirectedUrl("http://localhost/login"));
    }

    @ParameterizedTest(name = "anonymous {0}")
    @CsvSource({"/api/v1/officer/cases/26NL00000000000010", "/api/v1/officer/cases/26NL00000000000010/persons"})
    void anonymousCallerOfTheOfficersApiGets401NotTheSignInPage(String path) throws Exception {
        mvc.perform(request(HttpMethod.GET, path)).andExpect(status().isUnauthorized());
    }
}
