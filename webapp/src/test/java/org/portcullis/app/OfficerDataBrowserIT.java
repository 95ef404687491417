package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What leaves the store besides the case page, per demo agency, on one port call filed with every part: the
 * officer's CSV exports (crew and passengers, goods lines) and the officers' read API hold only the fields of the
 * officer's agreements; a person's record (opened in Chromium from the case page's crew list) shows the person's
 * port calls and who looked at the record; every view of persons is in the access log.
 */
class OfficerDataBrowserIT extends BrowserIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A passenger of the filing (the crew member Jansen is also its ship security officer, which harbour sees). */
    private static final String PASSENGER_NAME = "Okafor";

    @Test
    void csvAndApiHoldOnlyWhatEachAgencysAgreementGives() throws Exception {
        String mrn;
        try (CarrierClient carrier = carrier("AGENCIES")) {
            mrn = file(carrier);
        }
        OfficerSession clerk = OfficerSession.signIn(port, "clerk", "clerk");
        assertThat(csv(clerk, mrn, "persons")).contains(AgencyPortCall.PASSPORT_NUMBER, AgencyPortCall.CREW_NAME);
        assertThat(csv(clerk, mrn, "goods")).contains(AgencyPortCall.goodsDescription(),
                AgencyPortCall.consigneeName());
        JsonNode customsCase = api(clerk, "/api/v1/officer/cases/" + mrn);
        assertThat(customsCase.at("/filing/consignments/0/goodsItems/0/description").asText())
                .isEqualTo(AgencyPortCall.goodsDescription());
        assertThat(customsCase.toString()).doesNotContain(AgencyPortCall.HEALTH_DETAILS);

        OfficerSession border = OfficerSession.signIn(port, "border", "border");
        assertThat(csv(border, mrn, "persons")).contains(AgencyPortCall.PASSPORT_NUMBER, AgencyPortCall.CREW_NAME,
                "travelDocument.number");
        String borderGoods = csv(border, mrn, "goods");
        assertThat(borderGoods).contains("transportDocumentNumber")
                .doesNotContain(AgencyPortCall.goodsDescription(), AgencyPortCall.consigneeName(), "description",
                        "grossMass", "hsCode", "consignee");
        JsonNode borderCase = api(border, "/api/v1/officer/cases/" + mrn);
        assertThat(borderCase.at("/filing/crew/0/travelDocument/number").asText())
                .isEqualTo(AgencyPortCall.PASSPORT_NUMBER);
        assertThat(borderCase.toString()).doesNotContain(AgencyPortCall.goodsDescription(),
                AgencyPortCall.consigneeName(), AgencyPortCall.HEALTH_DETAILS, AgencyPortCall.SECURITY_OFFICER_EMAIL,
                "\"goodsItems\"");
        assertThat(borderCase.path("agencies").toString()).isEqualTo("[\"border\"]");

        OfficerSession health = OfficerSession.signIn(port, "health", "health");
        assertThat(csv(health, mrn, "persons")).contains(AgencyPortCall.CREW_NAME)
                .doesNotContain(AgencyPortCall.PASSPORT_NUMBER, "travelDocument.number");
        assertThat(health.get("/cases/" + mrn + "/goods.csv", "text/csv").statusCode()).isEqualTo(403);
        JsonNode healthPersons = api(health, "/api/v1/officer/cases/" + mrn + "/persons");
        assertThat(healthPersons.path("persons")).hasSize(3);
        assertThat(healthPersons.toString()).contains(AgencyPortCall.CREW_NAME)
                .doesNotContain(AgencyPortCall.PASSPORT_NUMBER);
        assertThat(api(health, "/api/v1/officer/cases/" + mrn).toString()).contains(AgencyPortCall.HEALTH_DETAILS)
                .doesNotContain(AgencyPortCall.PASSPORT_NUMBER, AgencyPortCall.goodsDescription(), "\"consignments\"");

        OfficerSession harbour = OfficerSession.signIn(port, "harbour", "harbour");
        assertThat(harbour.get("/cases/" + mrn + "/persons.csv", "text/csv").statusCode()).isEqualTo(403);
        assertThat(harbour.get("/api/v1/officer/cases/" + mrn + "/persons", "application/json").statusCode())
                .isEqualTo(403);
        assertThat(api(harbour, "/api/v1/officer/cases/" + mrn).toString())
                .contains(AgencyPortCall.SECURITY_OFFICER_EMAIL)
                .doesNotContain(PASSENGER_NAME, AgencyPortCall.PASSPORT_NUMBER, "\"crew\"", "\"passengers\"",
                        AgencyPortCall.HEALTH_DETAILS, AgencyPortCall.goodsDescription(), AgencyPortCall.consigneeName());
        assertThat(csv(harbour, mrn, "goods")).doesNotContain(AgencyPortCall.goodsDescription(),
                AgencyPortCall.consigneeName());

        assertThat(OfficerSession.anonymous(port).get("/api/v1/officer/cases/" + mrn, "application/json")
                .statusCode()).isEqualTo(401);
        assertThat(accessLog(mrn)).contains("clerk/customs/persons CSV: crew and passengers",
                "border/border/persons CSV: crew and passengers", "health/health/persons CSV: crew and passengers",
                "border/border/officer API: case with crew and passengers",
                "health/health/officer API: crew and passengers")
                .noneMatch(entry -> entry.startsWith("harbour/"));
    }

    @Test
    void personsRecordShowsTheirPortCallsAndWhoLookedAtItAndEachViewIsLogged() throws Exception {
        String earlier;
        String mrn;
        try (CarrierClient carrier = carrier("AGENCIES")) {
            earlier = file(carrier);
            mrn = file(carrier);
        }
        openPersonFromCasePage("border", mrn);
        String borderView = browser.getPageSource();
        assertThat(browser.findElement(By.id("person-name")).getText()).contains(AgencyPortCall.CREW_NAME);
        assertThat(borderView).contains(AgencyPortCall.PASSPORT_NUMBER);
        assertThat(browser.findElements(By.cssSelector("#person-port-calls tr[data-mrn]")).stream()
                .map(row -> row.getAttribute("data-mrn")).toList()).contains(mrn, earlier);
        // the same person is on other tests' port calls too: their views are on the record as well
        int borderViews = browser.findElements(By.cssSelector("#person-views tr[data-officer='border']")).size();
        assertThat(borderViews).isPositive();
        PageChecks.assertCleanPage(browser);
        signOut();

        openPersonFromCasePage("health", mrn);
        assertThat(browser.getPageSource()).contains(AgencyPortCall.CREW_NAME)
                .doesNotContain(AgencyPortCall.PASSPORT_NUMBER, "data-officer=\"border\"");
        assertThat(browser.findElements(By.cssSelector("#person-views tr[data-officer='health']"))).isNotEmpty();
        assertThat(browser.findElement(By.id("person-no-matches")).isDisplayed()).isTrue();
        signOut();

        openPersonFromCasePage("border", earlier);
        assertThat(browser.findElements(By.cssSelector("#person-views tr[data-officer='border']")))
                .as("the same person's record, opened from another case").hasSize(borderViews + 1);
        signOut();

        signIn("harbour", "harbour");
        browser.get(url("/cases/" + mrn + "/persons/0"));
        assertThat(browser.getPageSource()).doesNotContain(AgencyPortCall.CREW_NAME, "id=\"person-name\"");
        signOut();

        assertThat(accessLog(mrn)).contains("border/border/person record: crew 0", "health/health/person record: crew 0")
                .noneMatch(entry -> entry.startsWith("harbour/"));
        assertThat(jdbc.sql("select count(distinct person_key) from personal_data_access where mrn in (?, ?) "
                + "and shown like 'person record%'").params(mrn, earlier).query(Integer.class).single()).isEqualTo(1);
    }

    private void openPersonFromCasePage(String user, String mrn) {
        signIn(user, user);
        browser.get(url("/cases/" + mrn));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#crew a.person-record"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-views")));
    }

    /** Files the port call with every part and waits until customs and every agency have assessed it. */
    private String file(CarrierClient carrier) throws Exception {
        String messageId = "officerdata-" + UUID.randomUUID().toString().substring(0, 8);
        carrier.send(AgencyPortCall.filing(messageId, uniqueImo(), TestDates.ETA), messageId);
        String mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(distinct agency) from agency_assessment where mrn = ?").param(mrn)
                .query(Integer.class).single() == 3 && jdbc.sql("select count(*) from assessment where mrn = ?")
                .param(mrn).query(Integer.class).single() == 1);
        return mrn;
    }

    private static String csv(OfficerSession officer, String mrn, String export) throws Exception {
        HttpResponse<String> response = officer.get("/cases/" + mrn + "/" + export + ".csv", "text/csv");
        assertThat(response.statusCode()).as(export + ".csv").isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return response.body();
    }

    private static JsonNode api(OfficerSession officer, String path) throws Exception {
        HttpResponse<String> response = officer.get(path, "application/json");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The case's access log as officer/agency/shown. */
    private List<String> accessLog(String mrn) {
        return jdbc.sql("select officer || '/' || agency || '/' || shown from personal_data_access where mrn = ?")
                .param(mrn).query(String.class).list();
    }
}
