package org.portcullis.app;

import org.portcullis.processes.inbox.InboxCriteria;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.portcullis.casework.casefile.CaseSearch;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.app.security.Officer;
import org.portcullis.app.task.InboxFilter;
import org.portcullis.app.task.InboxPage;
import org.portcullis.app.task.InboxRow;
import org.portcullis.processes.inbox.InboxSort;
import org.portcullis.app.task.OfficerTasks;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.processes.clearance.OfficerDecisions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox over sixty referrals of its own (vessels named with this test's prefix): pages, orders and filters come
 * from the database query, across pages, and whose tasks they are counts. The workflow's deadlines show: a referral
 * is due six hours before the ETA, and one whose deadline has passed is escalated to the supervisors, where (having
 * no due date of its own) it is due two hours before the ETA. The port filter offers every port of call once, in
 * order; a vessel's name is searched for as typed, its {@code _} and {@code %} no wildcards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxPagingIT extends PortcullisIntegrationTest {

    static final int CASES = 60;
    /** Referrals 0 to 15 arrive within six hours: past their referral deadline, they go to the supervisors. */
    static final int ESCALATED = 16;
    static final int REFERRED = CASES - ESCALATED;
    static final Officer CLERK = new Officer("clerk", "Claire Clerk", List.of("clerks"));
    static final Officer CLERK2 = new Officer("clerk2", "Colin Clerk", List.of("clerks"));
    static final Officer SUPERVISOR = new Officer("supervisor", "Sam Supervisor", List.of("supervisors"));

    @Autowired
    FilingIntake intake;
    @Autowired
    OfficerTasks tasks;
    @Autowired
    OfficerDecisions officers;
    @Autowired
    CaseSearch cases;

    private final String prefix = "PAGING " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final List<String> mrns = new ArrayList<>();

    /**
     * Sixty referrals, alternately arms (RED, NLRTM) and vague goods (YELLOW, BEANR), arriving from nine and a half
     * hours ago (case 0) to fifty hours from now (case 59), an hour apart.
     */
    @BeforeAll
    void fileSixtyReferrals() {
        Instant now = Instant.now();
        for (int i = 0; i < CASES; i++) {
            boolean arms = i % 2 == 0;
            String lrn = prefix.replace(' ', '-') + "-" + i;
            Instant eta = now.plus(Duration.ofHours(i - 10)).plus(Duration.ofMinutes(30));
            mrns.add(Intake.file(intake, "INBOX", TestFilings.sample(arms ? "filing-arms.json"
                    : "filing-vague-description.json", lrn, prefix + " " + String.format("%02d", i),
                    arms ? "NLRTM" : "BEANR", eta), lrn));
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> tasks.inbox(CLERK, filter()).total() == REFERRED
                && tasks.inbox(SUPERVISOR, filter()).total() == ESCALATED);
    }

    @Test
    void pagesThroughEveryTaskOnce() {
        InboxFilter filter = filter();
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            filter.setPage(page);
            InboxPage inboxPage = tasks.inbox(CLERK, filter);
            assertThat(inboxPage.total()).isEqualTo(REFERRED);
            assertThat(inboxPage.pageCount()).isEqualTo(2);
            assertThat(inboxPage.rows()).hasSize(page == 0 ? 25 : REFERRED - 25);
            inboxPage.rows().forEach(row -> seen.add(row.caseSummary().mrn()));
        }
        tasks.inbox(SUPERVISOR, filter()).rows().forEach(row -> seen.add(row.caseSummary().mrn()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(mrns);
    }

    @Test
    void pageBeyondTheLastShowsTheLast() {
        InboxFilter filter = filter();
        filter.setPage(99);

        assertThat(tasks.inbox(CLERK, filter).page()).isEqualTo(1);
    }

    @Test
    void ordersByEtaAcrossPagesBothWays() {
        InboxFilter filter = filter();
        filter.setSort(InboxSort.ETA);
        filter.setSize(100);
        assertThat(etas(tasks.inbox(CLERK, filter))).isSorted().hasSize(REFERRED);

        filter.setDesc(true);
        assertThat(etas(tasks.inbox(CLERK, filter))).isSortedAccordingTo(Comparator.reverseOrder());

        filter.setSort(InboxSort.DEADLINE);
        filter.setDesc(false);
        filter.setSize(10);
        InboxRow first = tasks.inbox(CLERK, filter).rows().get(0);
        assertThat(first.caseSummary().mrn()).isEqualTo(mrns.get(ESCALATED));
        assertThat(first.deadline()).isCloseTo(first.caseSummary().eta().minus(Duration.ofHours(6)),
                within(1, ChronoUnit.MILLIS));
        assertThat(tasks.inbox(SUPERVISOR, filter).rows().get(0).caseSummary().mrn()).isEqualTo(mrns.get(0));
    }

    @Test
    void ordersLanesByStrength() {
        InboxFilter filter = filter();
        filter.setSort(InboxSort.LANE);
        filter.setDesc(true);
        filter.setSize(REFERRED / 2);

        assertThat(tasks.inbox(CLERK, filter).rows()).allMatch(row -> row.caseSummary().lane() == Lane.RED);
    }

    @Test
    void filtersByPortLaneAndDeadline() {
        InboxFilter byPort = filter();
        byPort.setPort("beanr");
        InboxPage antwerp = tasks.inbox(CLERK, byPort);
        assertThat(antwerp.total()).isEqualTo(REFERRED / 2);
        assertThat(antwerp.rows()).allMatch(row -> row.caseSummary().portOfCall().equals("BEANR"));

        InboxFilter red = filter();
        red.setLane(Lane.RED);
        assertThat(tasks.inbox(CLERK, red).total()).isEqualTo(REFERRED / 2);

        InboxFilter overdue = filter();
        overdue.setDeadline(InboxCriteria.DeadlineWindow.OVERDUE);
        overdue.setSize(100);
        assertThat(tasks.inbox(CLERK, overdue).total()).isZero();
        InboxPage late = tasks.inbox(SUPERVISOR, overdue);
        assertThat(late.total()).isEqualTo(12);
        assertThat(late.rows()).allMatch(row -> row.deadline().isBefore(Instant.now()));

        InboxFilter dueSoon = filter();
        dueSoon.setDeadline(InboxCriteria.DeadlineWindow.DUE_SOON);
        assertThat(tasks.inbox(CLERK, dueSoon).total()).isEqualTo(4);
        assertThat(tasks.inbox(SUPERVISOR, dueSoon).total()).isEqualTo(4);
    }

    @Test
    void portFilterOffersThePortsOfCallOfAllCasesOnceInOrder() {
        List<String> ports = cases.portsOfCall();

        assertThat(ports).contains("BEANR", "NLRTM").isSorted().doesNotHaveDuplicates();
        assertThat(ports).isEqualTo(jdbc.sql("select distinct port_of_call from clearance_case order by port_of_call")
                .query(String.class).list());
    }

    @Test
    void vesselTextIsSearchedForAsTypedWithoutWildcards() {
        InboxFilter underscore = new InboxFilter();
        underscore.setVessel(prefix.replace(' ', '_'));
        assertThat(tasks.inbox(CLERK, underscore).total()).isZero();

        assertThat(cases.search(prefix.replace(' ', '%'), null, null, 0, 25).total()).isZero();
        assertThat(cases.search(prefix, null, null, 0, 25).total()).isEqualTo(CASES);
    }

    @Test
    void claimedTaskIsMineAndNoLongerOfferedToOthers() {
        InboxRow row = tasks.inbox(CLERK2, filter()).rows().get(0);
        String mrn = row.caseSummary().mrn();
        officers.claim(row.taskId(), "clerk2", CLERK2.groups());
        try {
            InboxFilter mine = filter();
            mine.setScope(InboxCriteria.Scope.MINE);
            assertThat(tasks.inbox(CLERK2, mine).rows()).extracting(r -> r.caseSummary().mrn()).containsExactly(mrn);
            assertThat(tasks.inbox(CLERK, filter()).total()).isEqualTo(REFERRED - 1);
            InboxFilter offered = filter();
            offered.setScope(InboxCriteria.Scope.GROUPS);
            assertThat(tasks.inbox(CLERK2, offered).total()).isEqualTo(REFERRED - 1);
        } finally {
            officers.unclaim(row.taskId(), "clerk2");
        }
    }

    @Test
    void officerOfNoGroupSeesNothing() {
        assertThat(tasks.inbox(new Officer("author", "Rui Author", List.of("ruleauthors")), filter()).total()).isZero();
    }

    private InboxFilter filter() {
        InboxFilter filter = new InboxFilter();
        filter.setVessel(prefix);
        return filter;
    }

    private static List<Instant> etas(InboxPage page) {
        return page.rows().stream().map(InboxRow::caseSummary).map(CaseSummary::eta).toList();
    }
}
