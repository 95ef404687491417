package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.portcullis.messaging.pcs.PcsAddresses;
import org.portcullis.messaging.schema.SchemaCheck;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.processes.clearance.AgencyDecisions;
import org.portcullis.processes.clearance.OfficerDecisions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One port call, every agency, in a real browser: each demo agency's officer opens the same case and sees its part
 * (and, in the HTML, nothing of the rest); port health holds while the others clear, and everyone sees that port
 * health holds but not why; free pratique with conditions clears the port call once every agency has cleared; each
 * view of persons is in the agency's access log for its supervisors.
 */
class AgencyClearanceBrowserIT extends BrowserIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TaskService tasks;

    @Autowired
    AgencyDecisions agencyDecisions;

    @Autowired
    OfficerDecisions customsDecisions;

    @Test
    void eachAgencysOfficerSeesItsPartOfTheSameCaseAndNothingElseAndEachViewIsLogged() throws Exception {
        try (CarrierClient carrier = carrier("AGENCIES")) {
            String mrn = file(carrier);

            String customs = casePage("clerk", mrn);
            assertThat(customs).contains(AgencyPortCall.PASSPORT_NUMBER, AgencyPortCall.CREW_NAME,
                    AgencyPortCall.goodsDescription(), AgencyPortCall.consigneeName(),
                    AgencyPortCall.SECURITY_OFFICER_EMAIL, "id=\"risk-title\"")
                    .doesNotContain(AgencyPortCall.HEALTH_DETAILS);

            String health = casePage("health", mrn);
            assertThat(health).contains(AgencyPortCall.CREW_NAME, AgencyPortCall.HEALTH_DETAILS,
                    "id=\"particulars-health\"")
                    .doesNotContain(AgencyPortCall.PASSPORT_NUMBER, AgencyPortCall.goodsDescription(),
                            AgencyPortCall.consigneeName(), AgencyPortCall.SECURITY_OFFICER_EMAIL,
                            "id=\"particulars-security\"", "id=\"particulars-waste\"");

            String harbour = casePage("harbour", mrn);
            assertThat(harbour).contains(AgencyPortCall.SECURITY_OFFICER_EMAIL, "id=\"particulars-waste\"")
                    .doesNotContain(AgencyPortCall.PASSPORT_NUMBER, AgencyPortCall.HEALTH_DETAILS,
                            AgencyPortCall.goodsDescription(), AgencyPortCall.consigneeName(),
                            "data-rule-id=\"TGT-", "data-rule-id=\"FPR-", "id=\"risk-title\"");

            String border = casePage("border", mrn);
            assertThat(border).contains(AgencyPortCall.PASSPORT_NUMBER, AgencyPortCall.CREW_NAME)
                    .doesNotContain(AgencyPortCall.HEALTH_DETAILS, AgencyPortCall.goodsDescription(),
                            AgencyPortCall.consigneeName(), AgencyPortCall.SECURITY_OFFICER_EMAIL,
                            "id=\"particulars-health\"");

            signIn("health-chief", "health-chief");
            browser.get(url("/access-log"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-log")));
            String log = browser.getPageSource();
            assertThat(log).contains("data-mrn=\"" + mrn + "\"", "data-officer=\"health\"",
                    "International Health Regulations")
                    .doesNotContain("data-officer=\"border\"", "data-officer=\"clerk\"");
            PageChecks.assertCleanPage(browser);
            browser.get(url("/cases/" + mrn));
            assertThat(browser.findElement(By.id("case-access-log")).getText()).contains("health")
                    .doesNotContain("border");
            signOut();

            signIn("health", "health");
            browser.get(url("/access-log"));
            assertThat(browser.getPageSource()).doesNotContain("id=\"access-log\"");
        }
    }

    @Test
    void portHealthHoldsWhileTheOthersClearAndEveryoneSeesWhoseHoldButNotWhy() throws Exception {
        try (CarrierClient carrier = carrier("AGENCIES")) {
            String messageId = unique("agencies");
            String mrn = file(carrier, messageId);
            clearAllBut(mrn, "health");

            decideInBrowser("health", mrn, "HOLD", "Suspected cholera in the crew quarters");
            assertFreePratiqueToldThePortCommunity(mrn, "REFUSED", "Suspected cholera");

            CarrierClient.Notice formality = carrier.awaitNotice("FORMALITY_RESPONSE", messageId);
            await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                    "select count(*) from notice where mrn = ? and notice_type = 'PORT_CALL_HELD'").param(mrn)
                    .query(Integer.class).single() == 1);
            assertThat(healthFormality(mrn)).contains("\"agency\":\"health\"", "\"state\":\"HELD\"",
                    "\"freePratique\":\"REFUSED\"", "\"portCallState\":\"HELD\"", "Suspected cholera");
            assertThat(formality.body().path("type").asText()).isEqualTo("FORMALITY_RESPONSE");

            String harbour = casePage("harbour", mrn);
            assertThat(harbour).contains("id=\"port-call-held\"", "Port health authority holds the port call")
                    .contains("data-agency=\"health\" data-decision=\"HOLD\"")
                    .doesNotContain("Suspected cholera");
            String customs = casePage("clerk", mrn);
            assertThat(customs).contains("Port health authority holds the port call")
                    .doesNotContain("Suspected cholera");
            assertThat(casePage("health", mrn)).contains("Suspected cholera");
        }
    }

    @Test
    void freePratiqueWithConditionsClearsThePortCallOnceEveryAgencyHasCleared() throws Exception {
        try (CarrierClient carrier = carrier("AGENCIES")) {
            String messageId = unique("pratique");
            String mrn = file(carrier, messageId);
            clearAllBut(mrn, "health");

            decideInBrowser("health", mrn, "DOCUMENT_CHECK",
                    "Free pratique: the injured crew member sees the port doctor");
            assertFreePratiqueToldThePortCommunity(mrn, "GRANTED_WITH_CONDITIONS", "port doctor");

            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                    "select count(*) from notice where mrn = ? and notice_type = 'PORT_CALL_CLEARED'").param(mrn)
                    .query(Integer.class).single() == 1);
            assertThat(healthFormality(mrn)).contains("\"freePratique\":\"GRANTED_WITH_CONDITIONS\"",
                    "\"state\":\"CLEARED\"", "port doctor");
            assertThat(jdbc.sql("select state from agency_clearance where mrn = ? order by agency").param(mrn)
                    .query(String.class).list()).containsOnly("CLEARED").hasSize(4);
            String health = casePage("health", mrn);
            assertThat(health).contains("data-agency=\"health\" data-state=\"CLEARED\"")
                    .doesNotContain("id=\"port-call-held\"");

            signIn("health", "health");
            browser.get(url("/agencies/figures"));
            assertThat(browser.findElement(By.id("agency-state-figures")).getText()).contains("Port health authority");
            PageChecks.assertCleanPage(browser);
        }
    }

    /** The PCS got port health's answer on its notices queue, without the officer's reason. */
    private void assertFreePratiqueToldThePortCommunity(String mrn, String answer, String reason) throws Exception {
        try (PortCommunityClient pcs = new PortCommunityClient(BROKER_URL)) {
            Message message = pcs.awaitFreePratique(mrn);
            assertThat(message).as("free pratique notice on portcullis.pcs.notices").isNotNull();
            assertThat(message.getJMSDestination().toString()).contains("portcullis.pcs.notices");
            assertThat(message.getStringProperty("freePratique")).isEqualTo(answer);
            assertThat(message.getStringProperty("noticeId")).isNotBlank();
            String body = ((TextMessage) message).getText();
            String imo = jdbc.sql("select vessel_imo from clearance_case where mrn = ?").param(mrn)
                    .query(String.class).single();
            assertThat(new SchemaCheck(PcsAddresses.FREE_PRATIQUE_SCHEMA).validate(JSON.readTree(body))).isEmpty();
            assertThat(JSON.readTree(body).path("freePratique").asText()).isEqualTo(answer);
            assertThat(JSON.readTree(body).path("vessel").path("imoNumber").asText()).isEqualTo(imo);
            assertThat(JSON.readTree(body).path("mrn").asText()).isEqualTo(mrn);
            assertThat(body).doesNotContain(reason, AgencyPortCall.CREW_NAME);
        }
    }

    private String file(CarrierClient carrier) throws Exception {
        return file(carrier, unique("agencies"));
    }

    /** Files the port call and waits until every agency has assessed it. */
    private String file(CarrierClient carrier, String messageId) throws Exception {
        carrier.send(AgencyPortCall.filing(messageId, uniqueImo(), TestDates.ETA), messageId);
        String mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(distinct agency) from agency_assessment where mrn = ?").param(mrn)
                .query(Integer.class).single() == 3 && jdbc.sql("select count(*) from assessment where mrn = ?")
                .param(mrn).query(Integer.class).single() == 1);
        return mrn;
    }

    /** The case page as the officer gets it (signed in for it, signed out after). */
    private String casePage(String user, String mrn) throws Exception {
        signIn(user, user);
        browser.get(url("/cases/" + mrn));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agencies")));
        String page = browser.getPageSource();
        PageChecks.assertCleanPage(browser);
        signOut();
        return page;
    }

    /** Port health's referral is waiting; every other agency's referral and customs' are decided (cleared). */
    private void clearAllBut(String mrn, String agency) {
        await().atMost(Duration.ofSeconds(30)).until(() -> agencyTask(mrn, agency) != null);
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(mrn).list()) {
            if (AgencyDecisions.isAgencyTask(task.getTaskDefinitionKey())) {
                String owner = agencyDecisions.agencyOf(task.getId());
                if (!owner.equals(agency)) {
                    agencyDecisions.decide(task.getId(), ReferralDecision.RELEASE, "Checked", "chief",
                            List.of(owner.equals("maritime") ? "harbour-officers" : owner + "-officers"));
                }
            } else {
                customsDecisions.decide(task.getId(), ReferralDecision.RELEASE, "Checked", null, "clerk",
                        List.of("clerks"));
            }
        }
    }

    private Task agencyTask(String mrn, String agency) {
        return tasks.createTaskQuery().processInstanceBusinessKey(mrn).list().stream()
                .filter(task -> AgencyDecisions.isAgencyTask(task.getTaskDefinitionKey()))
                .filter(task -> agency.equals(agencyDecisions.agencyOf(task.getId()))).findFirst().orElse(null);
    }

    private void decideInBrowser(String user, String mrn, String decision, String reason) {
        signIn(user, user);
        openTask(mrn, "Review agency referral");
        assertThat(browser.getPageSource()).doesNotContain(AgencyPortCall.PASSPORT_NUMBER);
        browser.findElement(By.cssSelector("input[name='decision'][value='" + decision + "']")).click();
        browser.findElement(By.id("reason")).sendKeys(reason);
        clickAndLeavePage(browser.findElement(By.id("submit-decision")));
        assertThat(flash()).contains("recorded");
        signOut();
    }

    private String healthFormality(String mrn) {
        return jdbc.sql("select body from notice where mrn = ? and notice_type = 'FORMALITY_RESPONSE' "
                + "and body like '%\"agency\":\"health\"%' order by seq desc").param(mrn)
                .query(String.class).list().get(0);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
