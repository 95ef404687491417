package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.casefile.CaseFileView;
import org.portcullis.casework.casefile.CaseFileViews;
import org.portcullis.casework.casefile.FilingVersions;
import org.portcullis.casework.casefile.TimelineEntry;
import org.portcullis.casework.dashboard.Dashboard;
import org.portcullis.model.intake.FilingIntake;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case file of a registered, assessed and amended case (the amendment filed as a carrier files it): what the
 * amendment changed, the timeline of messages in and notices out, the process path so far with the referral the
 * amendment interrupted; the goods lines stored with each version, which the dashboard counts.
 */
class CaseFileIT extends PortcullisIntegrationTest {

    @Autowired
    FilingIntake intake;
    @Autowired
    TaskService tasks;
    @Autowired
    CaseFileViews caseFiles;
    @Autowired
    Dashboard dashboard;

    @Test
    void amendedCaseShowsWhatChangedItsTimelineAndItsProcessPath() {
        String lrn = "casefile-" + UUID.randomUUID().toString().substring(0, 8);
        Instant eta = TestDates.ETA;
        Instant later = eta.plus(Duration.ofHours(19)).plus(Duration.ofMinutes(30));
        String original = TestFilings.sample("filing-arms.json", lrn, "CASE FILE " + lrn, "NLRTM", eta);
        String mrn = Intake.file(intake, "CASEFILE", original, lrn);
        assertThat(goodsLines(mrn)).containsExactly("1 AE 93");
        await().atMost(Duration.ofSeconds(15)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(mrn)
                .taskDefinitionKey("Task_ReviewReferral").count() == 1);

        String amendment = original.replace("\"ORIGINAL\"", "\"AMENDMENT\"")
                .replace("\"eta\":\"" + eta + "\"", "\"eta\":\"" + later + "\"")
                .replace("Cartridges for hunting rifles, calibre 7.62 mm", "Cartridges for sporting rifles");
        assertThat(Intake.file(intake, "CASEFILE", amendment, lrn + "-amendment")).isEqualTo(mrn);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from assessment where mrn = ?").param(mrn).query(Integer.class).single() == 2
                && tasks.createTaskQuery().processInstanceBusinessKey(mrn).taskDefinitionKey("Task_ReviewReferral")
                        .count() == 1);

        CaseFileView caseFile = caseFiles.find(mrn).orElseThrow();

        var second = caseFile.history().versions().get(1);
        assertThat(second.function()).isEqualTo("AMENDMENT");
        assertThat(second.changes()).contains(new FilingVersions.Change(FilingVersions.Change.Kind.REPLACE,
                "/portCall/eta", eta.toString(), later.toString()));
        assertThat(second.changes()).anyMatch(change -> change.kind() == FilingVersions.Change.Kind.REPLACE
                && change.pointer().equals("/consignments/0/goodsItems/0/description")
                && change.after().equals("Cartridges for sporting rifles"));
        assertThat(caseFile.filing().portCall().eta()).isEqualTo(later);
        assertThat(caseFile.history().timeline()).extracting(TimelineEntry::kind).containsSubsequence(
                TimelineEntry.Kind.MESSAGE_IN, TimelineEntry.Kind.NOTICE_OUT, TimelineEntry.Kind.ASSESSMENT,
                TimelineEntry.Kind.MESSAGE_IN, TimelineEntry.Kind.NOTICE_OUT, TimelineEntry.Kind.ASSESSMENT);
        assertThat(caseFile.history().processPath().steps()).anyMatch(step ->
                step.activityId().equals("Task_AssessRisk") && !step.open());
        assertThat(caseFile.history().processPath().steps()).anyMatch(step ->
                step.activityId().equals("Task_ReviewReferral") && step.canceled());
        assertThat(caseFile.history().processPath().steps()).anyMatch(step ->
                step.activityId().equals("Task_ReviewReferral") && step.open());

        assertThat(goodsLines(mrn)).containsExactly("1 AE 93", "2 AE 93");
        var figures = dashboard.figures(0);
        assertThat(figures.topHsChapters()).anyMatch(count -> count.key().equals("93"));
        assertThat(figures.topOrigins()).anyMatch(count -> count.key().equals("AE"));
    }

    /** The goods lines stored with the case's filing versions: version, country of loading, HS chapter. */
    private List<String> goodsLines(String mrn) {
        return jdbc.sql("""
                select version, loading_country, hs_chapter from filing_goods_line where mrn = ?
                order by version, consignment_position, line_position""").param(mrn)
                .query((rs, row) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
    }
}
