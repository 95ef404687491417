package org.portcullis.app.task;

import org.portcullis.processes.inbox.InboxSort;
import org.portcullis.processes.inbox.InboxCriteria;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.casefile.CaseSearch;
import org.portcullis.app.web.CaseFileFixtures;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.clearance.CaseStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@PortcullisWebMvcTest(InboxController.class)
@WithOfficer
class InboxControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OfficerTasks tasks;

    @MockitoBean
    CaseSearch cases;

    @BeforeEach
    void oneOverdueTask() {
        var row = new InboxRow("t-1", "Review referral", Instant.parse("2026-11-29T06:00:00Z"),
                null, Instant.parse("2026-11-29T09:00:00Z"),
                CaseFileFixtures.summary(CaseStatus.REFERRED), "Task_ReviewReferral");
        when(tasks.inbox(any(), any())).thenReturn(new InboxPage(List.of(row), 0, 25, 1));
        when(cases.portsOfCall()).thenReturn(List.of("NLRTM"));
    }

    @Test
    void showsTheTasksWithTimeLeftAndOverdueMarked() throws Exception {
        mvc.perform(get("/tasks"))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/inbox"))
                .andExpect(model().attributeExists("inbox", "filter", "links", "ports"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("overdue by 1 h 0 min")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("table-danger")));
    }

    @Test
    void aCaseWithFindingsForTheBorderPoliceSaysSoOnItsRow() throws Exception {
        var row = new InboxRow("t-2", "Review referral", Instant.parse("2026-11-29T06:00:00Z"), null,
                Instant.parse("2026-11-29T09:00:00Z"), CaseFileFixtures.summary(CaseStatus.REFERRED),
                "Task_ReviewReferral", List.of("border-police"));
        when(tasks.inbox(any(), any())).thenReturn(new InboxPage(List.of(row), 0, 25, 1));

        mvc.perform(get("/tasks"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("for the border police")));
    }

    @Test
    void passesFilterAndOrderToTheQuery() throws Exception {
        mvc.perform(get("/tasks").param("port", "nlrtm").param("lane", "RED").param("sort", "ETA")
                        .param("desc", "true").param("size", "50").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors());

        verify(tasks).inbox(any(), argThat(filter -> "NLRTM".equals(filter.portCode())
                && filter.getLane() == Lane.RED && filter.getSort() == InboxSort.ETA && filter.isDesc()
                && filter.getSize() == 50 && filter.getPage() == 2));
    }

    @Test
    void badFilterValuesAreShownAsFieldErrorsAndTheRestStillApplies() throws Exception {
        var result = mvc.perform(get("/tasks").param("port", "ROTTERDAM").param("lane", "PURPLE")
                        .param("vessel", "AURORA").param("size", "5000"))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/inbox"))
                .andExpect(model().attributeHasFieldErrorCode("filter", "port", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("filter", "lane", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("filter", "size", "Max"))
                .andReturn();

        assertThat(result.getResponse().getContentAsString())
                .contains("A port is a UN/LOCODE of five letters or digits, such as NLRTM.");
        verify(tasks).inbox(any(), argThat(filter -> filter.portCode() == null && filter.getLane() == null
                && "AURORA".equals(filter.vesselText()) && filter.getSize() == 25));
    }

    @Test
    void aDateThatIsNoDateIsExplainedAtItsField() throws Exception {
        var result = mvc.perform(get("/tasks").param("etaFrom", "31-13-2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filter", "etaFrom", "typeMismatch"))
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("Give the date as 2026-12-04 (year, month, day).", "placeholder=\"yyyy-mm-dd\"");
    }

    @Test
    void aLaneOrOutcomeThatDoesNotExistIsExplainedAtItsFieldAndTheRestStillApplies() throws Exception {
        var result = mvc.perform(get("/tasks").param("lane", "PURPLE").param("outcome", "SINK").param("port", "NLRTM"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filter", "outcome", "typeMismatch"))
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("aria-describedby=\"lane-error\"",
                "Choose a lane from the list.", "aria-describedby=\"outcome-error\"",
                "Choose an outcome from the list.", "data-task-id=\"t-1\"");
        verify(tasks).inbox(any(), argThat(filter -> filter.getLane() == null && filter.getOutcome() == null
                && "NLRTM".equals(filter.portCode())));
    }

    @Test
    void aScopeDeadlineOrSortThatDoesNotExistIsExplainedInTheOfficersLanguageAndTheDefaultApplies() throws Exception {
        var result = mvc.perform(get("/tasks").param("scope", "EVERYONE").param("deadline", "YESTERDAY")
                        .param("sort", "COLOUR").param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filter", "scope", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("filter", "deadline", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("filter", "sort", "typeMismatch"))
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("aria-describedby=\"scope-error\"",
                "Kies uit de lijst wiens taken; dit zijn ze allemaal.", "aria-describedby=\"deadline-error\"",
                "Kies een termijn uit de lijst; dit zijn de taken met elke termijn.", "id=\"sort-error\"",
                "Zo kan de werkbak niet gesorteerd worden; hij is gesorteerd op termijn.", "data-task-id=\"t-1\"")
                .doesNotContain("??");
        verify(tasks).inbox(any(), argThat(filter -> filter.getScope() == InboxCriteria.Scope.ALL
                && filter.getDeadline() == InboxCriteria.DeadlineWindow.ANY && filter.getSort() == InboxSort.DEADLINE));
    }

    @Test
    void aPageSizeOrOrderThatIsNoValueIsExplainedInTheOfficersLanguageAndTheDefaultApplies() throws Exception {
        var result = mvc.perform(get("/tasks").param("page", "abc").param("size", "many").param("desc", "maybe")
                        .param("lane", "RED").param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filter", "page", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("filter", "size", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("filter", "desc", "typeMismatch"))
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("id=\"page-error\"",
                "Een pagina is een getal; dit is de eerste.", "id=\"size-error\"",
                "Taken per pagina is een getal tussen 10 en 200; dit zijn er 25.", "id=\"desc-error\"",
                "De volgorde is oplopend of aflopend (desc=true of false); dit is oplopend.", "data-task-id=\"t-1\"")
                .doesNotContain("??");
        verify(tasks).inbox(any(), argThat(filter -> filter.getPage() == 0 && filter.getSize() == 25
                && !filter.isDesc() && filter.getLane() == Lane.RED));
    }

    @Test
    void aNegativePageOrASizeOutOfRangeIsExplainedAndTheDefaultApplies() throws Exception {
        var result = mvc.perform(get("/tasks").param("page", "-3").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filter", "page", "Min"))
                .andExpect(model().attributeHasFieldErrorCode("filter", "size", "Min"))
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).contains(
                "There is no such page; this is the first.", "Show between 10 and 200 tasks per page; these are 25.");
        verify(tasks).inbox(any(), argThat(filter -> filter.getPage() == 0 && filter.getSize() == 25));
    }

    @Test
    void aPageSizeTypedByHandIsKeptInTheChoiceOfSizes() throws Exception {
        var result = mvc.perform(get("/tasks").param("size", "40"))
                .andExpect(model().hasNoErrors())
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("<option value=\"40\" selected=\"selected\">40</option>",
                "<option value=\"25\">25</option>");
    }

    @Test
    void sortLinksKeepTheFilterAndTurnTheDirection() {
        InboxFilter filter = new InboxFilter();
        filter.setPort("NLRTM");
        filter.setSort(InboxSort.ETA);
        InboxLinks links = new InboxLinks(filter);

        assertThat(links.sortBy(InboxSort.ETA)).isEqualTo("/tasks?port=NLRTM&sort=ETA&desc=true");
        assertThat(links.sortBy(InboxSort.LANE)).isEqualTo("/tasks?port=NLRTM&sort=LANE");
        assertThat(links.page(3)).isEqualTo("/tasks?port=NLRTM&sort=ETA&page=3");
        assertThat(links.ariaSort(InboxSort.ETA)).isEqualTo("ascending");
    }
}
