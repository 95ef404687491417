package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.portcullis.rules.watchlist.ContentHash;

/**
 * Redress with four eyes, in real browsers, of a person's match that belongs to border police. The operator drops a
 * new UN list with one more listed person; a crew list naming that person with the listed date of birth is held by
 * border police's assessment (PER-001, confirmed match), which screened the crew and keeps the match; customs' main
 * assessment no longer screens persons. The border officer sees the match and its false-positive form; the customs
 * clerk, port health and the maritime authority do not get the match nor the form in their HTML. The border officer
 * marks the match: the next filing is still held, its match saying a supervisor's approval is awaited. Customs'
 * supervisor does not see the mark; border police's supervisor approves it: the next filing is not held, and border
 * police's case file shows the match set aside, by whom, why and approved by whom. Border police's supervisor revokes
 * it: the next filing is held again.
 */
class FourEyesRedressBrowserIT extends BrowserIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CREW_PART = Path.of("..", "docs", "examples", "crew-passengers-health-part.json");
    private static final String BORN = "1971-03-09";

    private final String familyName = "Voin" + letters(6);
    private final String reference = "XXi." + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @Test
    void borderPolicesConfirmedMatchIsSetAsideOnlyOnceItsSupervisorApprovedAndIsMatchedAgainWhenRevoked()
            throws Exception {
        listTheCrewMemberOnTheUnList();

        String first = file();
        awaitFinding(first, "PER-001");
        assertThat(jdbc.sql("""
                select count(*) from screening_match m join assessment a on a.id = m.assessment_id
                where a.mrn = ? and m.entry_id = ?""").params(first, reference).query(Integer.class).single())
                .isZero();
        signIn("border", "border");
        browser.get(url("/cases/" + first));
        WebElement match = matchRow(browser);
        assertThat(match.getText()).contains(reference, "confirmed");
        assertThat(browser.findElement(By.cssSelector("#screening .screening-part[data-agency='border'] h4"))
                .getText()).contains("Border police");
        PageChecks.assertCleanPage(browser);
        browser.get(url("/cases/" + first + "/persons/0"));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#person-matches li[data-entry='" + reference + "']"))).getAttribute("data-agency"))
                .isEqualTo("border");
        browser.get(url("/cases/" + first));
        match = matchRow(browser);
        match.findElement(By.name("reason")).sendKeys("Passport shows another father's name; checked with the consulate");
        clickAndLeavePage(match.findElement(By.cssSelector("button[type='submit']")));
        assertThat(flash()).contains("set aside only once a supervisor approved the mark");
        assertThat(matchRow(browser).findElement(By.className("redress-state")).getText())
                .contains("awaiting a supervisor's approval");
        long id = jdbc.sql("select id from redress_record where mrn = ?").param(first).query(Long.class).single();
        assertThat(jdbc.sql("select agency from redress_record where id = ?").param(id).query(String.class)
                .single()).isEqualTo("border");
        signOut();

        for (String user : new String[] {"clerk", "health", "harbour"}) {
            signIn(user, user);
            browser.get(url("/cases/" + first));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("screening")));
            String html = browser.getPageSource();
            assertThat(html).as("%s's case page", user).doesNotContain(reference)
                    .doesNotContain("screening-matches-border").doesNotContain("redress-submit-border")
                    .doesNotContain("consulate");
            assertThat(browser.findElements(By.cssSelector("#screening .screening-part[data-agency='border']")))
                    .isEmpty();
            assertThat(browser.findElements(By.cssSelector("#screening form"))).isEmpty();
            signOut();
        }
        signIn("border", "border");

        String second = file();
        awaitFinding(second, "PER-001");
        assertThat(jdbc.sql("""
                select m.explanation from agency_screening_match m join agency_assessment a on a.id = m.assessment_id
                where a.mrn = ? and a.agency = 'border' and m.entry_id = ?""").params(second, reference)
                .query(String.class).single())
                .contains("marked as a false positive by border", "awaiting a supervisor's approval");
        browser.get(url("/cases/" + second));
        WebElement stillMarked = matchRow(browser);
        assertThat(stillMarked.findElement(By.className("redress-state")).getText())
                .contains("awaiting a supervisor's approval");
        assertThat(stillMarked.getText()).contains("(marked on case " + first + ")");
        assertThat(stillMarked.findElements(By.name("reason"))).isEmpty();

        WebDriver customsSupervisor = Browser.start();
        try {
            signIn(customsSupervisor, "supervisor", "supervisor");
            customsSupervisor.get(url("/redress"));
            waitFor(customsSupervisor).until(ExpectedConditions.presenceOfElementLocated(By.id("pending-title")));
            assertThat(customsSupervisor.findElements(By.cssSelector("tr[data-redress-id='" + id + "']"))).isEmpty();
            assertThat(customsSupervisor.getPageSource()).doesNotContain(reference);
        } finally {
            customsSupervisor.quit();
        }

        WebDriver supervisor = Browser.start();
        try {
            WebDriverWait supervisorWait = waitFor(supervisor);
            signIn(supervisor, "border-chief", "border-chief");
            supervisor.findElement(By.linkText("Redress")).click();
            WebElement pending = supervisorWait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#pending-redress tr[data-redress-id='" + id + "']")));
            assertThat(pending.getText()).contains(familyName, reference, "border", "consulate");
            PageChecks.assertCleanPage(supervisor);
            PageChecks.screenshot(supervisor, "redress");
            pending.findElement(By.cssSelector("button.approve")).click();
            assertThat(successText(supervisorWait)).contains("Redress " + id + " approved");

            String third = file();
            await().atMost(Duration.ofSeconds(30)).until(() -> assessed(third));
            assertThat(findings(third, "PER-001")).isZero();
            browser.get(url("/cases/" + third));
            WebElement setAside = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#set-aside-matches-border li[data-entry-id='" + reference + "']")));
            assertThat(setAside.getText()).contains("matched " + reference, "of un-consolidated",
                    "set aside by border on", "because Passport shows another father's name",
                    "(approved by border-chief)");
            PageChecks.assertCleanPage(browser);

            supervisor.get(url("/redress"));
            WebElement record = supervisorWait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#redress-records tr[data-redress-id='" + id + "']")));
            assertThat(record.getAttribute("data-status")).isEqualTo("IN_EFFECT");
            record.findElement(By.name("reason")).sendKeys("The consulate withdrew its statement");
            record.findElement(By.cssSelector("button.revoke")).click();
            assertThat(successText(supervisorWait)).contains("Redress " + id + " revoked");
        } finally {
            supervisor.quit();
        }

        String fourth = file();
        awaitFinding(fourth, "PER-001");

        browser.get(url("/cases/" + first));
        assertThat(matchRow(browser).findElement(By.className("redress-state")).getText())
                .contains("was revoked by a supervisor");
    }

    /** Drops a new UN list with one more individual, and waits until the application serves it. */
    private void listTheCrewMemberOnTheUnList() throws Exception {
        Path file = WATCHLIST_DIRECTORY.resolve("un-consolidated.xml");
        String listed = Files.readString(file).replace("  </INDIVIDUALS>", """
                    <INDIVIDUAL>
                      <DATAID>%s</DATAID>
                      <VERSIONNUM>1</VERSIONNUM>
                      <FIRST_NAME>RADU</FIRST_NAME>
                      <SECOND_NAME>%s</SECOND_NAME>
                      <UN_LIST_TYPE>Test</UN_LIST_TYPE>
                      <REFERENCE_NUMBER>%s</REFERENCE_NUMBER>
                      <LISTED_ON>2024-03-01</LISTED_ON>
                      <COMMENTS1>Fictitious entry of a Portcullis browser test.</COMMENTS1>
                      <NATIONALITY>
                        <VALUE>Russian Federation</VALUE>
                      </NATIONALITY>
                      <INDIVIDUAL_DATE_OF_BIRTH>
                        <TYPE_OF_DATE>EXACT</TYPE_OF_DATE>
                        <DATE>%s</DATE>
                      </INDIVIDUAL_DATE_OF_BIRTH>
                    </INDIVIDUAL>
                  </INDIVIDUALS>""".formatted(reference.substring(4), familyName.toUpperCase(Locale.ROOT), reference,
                BORN));
        Files.writeString(file, listed, StandardCharsets.UTF_8);
        String hash = ContentHash.of(listed.getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from official_list_import where content_hash = ? and accepted").param(hash)
                .query(Integer.class).single() > 0);
    }

    /** Files the example crew and passenger part with the listed person as its master; returns the MRN. */
    private String file() throws Exception {
        String lrn = "redress-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode filing = (ObjectNode) JSON.readTree(TestDates.arrivingAt(Files.readString(CREW_PART), TestDates.ETA));
        ObjectNode header = (ObjectNode) filing.get("header");
        header.put("lrn", lrn);
        header.remove("mrn");
        ((ObjectNode) filing.get("vessel")).put("imoNumber", uniqueImo());
        ((ObjectNode) filing.withArray("crew").get(0)).put("familyName", familyName).put("givenNames", "Radu")
                .put("dateOfBirth", BORN).put("nationality", "RU");
        try (CarrierClient carrier = carrier("REDRESS")) {
            carrier.send(JSON.writeValueAsString(filing), lrn);
            return carrier.awaitNotice("ACCEPTED", lrn).mrn();
        }
    }

    private WebElement matchRow(WebDriver driver) {
        return waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='screening-matches-border']//tr[td[contains(., '" + familyName + "')]]")));
    }

    private static String successText(WebDriverWait wait) {
        return wait.until(page -> page.findElement(By.cssSelector(".alert-success")).getText());
    }

    private void awaitFinding(String mrn, String ruleId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> assessed(mrn) && findings(mrn, ruleId) > 0);
    }

    /** Customs' assessment and border police's (which screens the crew and whose persons rules find) are recorded. */
    private boolean assessed(String mrn) {
        return jdbc.sql("select count(*) from assessment where mrn = ?").param(mrn).query(Integer.class).single() > 0
                && jdbc.sql("select count(*) from agency_assessment where mrn = ? and agency = 'border'").param(mrn)
                        .query(Integer.class).single() > 0;
    }

    /** Findings of the rule in border police's assessment (the persons rules run there only). */
    private int findings(String mrn, String ruleId) {
        return jdbc.sql("""
                select count(*) from agency_finding f join agency_assessment a on a.id = f.assessment_id
                where a.mrn = ? and a.agency = 'border' and f.rule_id = ?""").params(mrn, ruleId)
                .query(Integer.class).single();
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }
}
