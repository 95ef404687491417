package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.portcullis.model.agency.AgencyClearances;
import org.portcullis.model.value.Mrn;
import org.portcullis.processes.identity.OfficerDirectory;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    OfficerDirectory directory;

    @Autowired
    AgencyClearances agencyClearances;

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
    void chiefsGetFromCsvAndApiWhatTheirAgencysAgreementGivesAndAreLogged() throws Exception {
        String mrn;
        try (CarrierClient carrier = carrier("AGENCIES")) {
            mrn = file(carrier);
        }
        OfficerSession healthChief = OfficerSession.signIn(port, "health-chief", "health-chief");
        assertThat(csv(healthChief, mrn, "persons")).contains(AgencyPortCall.CREW_NAME, PASSENGER_NAME)
                .doesNotContain(AgencyPortCall.PASSPORT_NUMBER, "travelDocument.number");
        assertThat(healthChief.get("/cases/" + mrn + "/goods.csv", "text/csv").statusCode()).isEqualTo(403);
        assertThat(api(healthChief, "/api/v1/officer/cases/" + mrn + "/persons").toString())
                .contains(AgencyPortCall.CREW_NAME).doesNotContain(AgencyPortCall.PASSPORT_NUMBER);
        assertThat(api(healthChief, "/api/v1/officer/cases/" + mrn).toString())
                .contains(AgencyPortCall.HEALTH_DETAILS)
                .doesNotContain(AgencyPortCall.PASSPORT_NUMBER, AgencyPortCall.goodsDescription(), "\"consignments\"",
                        AgencyPortCall.SECURITY_OFFICER_EMAIL);

        OfficerSession harbourChief = OfficerSession.signIn(port, "harbour-chief", "harbour-chief");
        assertThat(harbourChief.get("/cases/" + mrn + "/persons.csv", "text/csv").statusCode()).isEqualTo(403);
        assertThat(harbourChief.get("/api/v1/officer/cases/" + mrn + "/persons", "application/json").statusCode())
                .isEqualTo(403);
        assertThat(csv(harbourChief, mrn, "goods")).contains("transportDocumentNumber")
                .doesNotContain(AgencyPortCall.goodsDescription(), AgencyPortCall.consigneeName(), "hsCode");
        assertThat(api(harbourChief, "/api/v1/officer/cases/" + mrn).toString())
                .contains(AgencyPortCall.SECURITY_OFFICER_EMAIL)
                .doesNotContain(PASSENGER_NAME, AgencyPortCall.PASSPORT_NUMBER, "\"crew\"", "\"passengers\"",
                        AgencyPortCall.HEALTH_DETAILS, AgencyPortCall.goodsDescription());

        OfficerSession borderChief = OfficerSession.signIn(port, "border-chief", "border-chief");
        assertThat(csv(borderChief, mrn, "persons")).contains(AgencyPortCall.PASSPORT_NUMBER,
                "travelDocument.number");
        assertThat(csv(borderChief, mrn, "goods")).contains("transportDocumentNumber")
                .doesNotContain(AgencyPortCall.goodsDescription(), AgencyPortCall.consigneeName(), "grossMass");
        JsonNode borderCase = api(borderChief, "/api/v1/officer/cases/" + mrn);
        assertThat(borderCase.at("/filing/crew/0/travelDocument/number").asText())
                .isEqualTo(AgencyPortCall.PASSPORT_NUMBER);
        assertThat(borderCase.toString()).doesNotContain(AgencyPortCall.goodsDescription(),
                AgencyPortCall.HEALTH_DETAILS, AgencyPortCall.SECURITY_OFFICER_EMAIL);

        assertThat(accessLog(mrn)).contains("health-chief/health/persons CSV: crew and passengers",
                "health-chief/health/officer API: crew and passengers",
                "border-chief/border/persons CSV: crew and passengers",
                "border-chief/border/officer API: case with crew and passengers")
                .noneMatch(entry -> entry.startsWith("harbour-chief/"));
    }

    @Test
    void caseSearchCsvHoldsOnlyTheColumnsEachDemoUsersAgreementGives() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\",\"open\")-" + UUID.randomUUID().toString().substring(0, 6);
        String imo = uniqueImo();
        String mrn;
        try (CarrierClient carrier = carrier("AGENCIES")) {
            mrn = file(carrier, formula, imo);
        }
        int accessEntries = accessLog(mrn).size();
        List<String> everyColumn = List.of("mrn", "carrier", "lrn", "vesselImo", "vesselName", "portOfCall", "eta",
                "registeredAt", "status", "lane", "consignments", "crew", "passengers", "portCall",
                "clearance.customs", "clearance.health", "clearance.maritime", "clearance.border");
        for (String user : List.of("clerk", "supervisor", "border", "border-chief")) {
            Map<String, String> row = searchCsvRow(user, imo, mrn);
            assertThat(row.keySet()).as(user).containsExactlyElementsOf(everyColumn);
            assertThat(row).as(user).containsEntry("consignments", "2").containsEntry("crew", "2")
                    .containsEntry("passengers", "1").containsEntry("vesselName", "MSC AURORA")
                    .containsEntry("lrn", "'" + formula);
        }
        for (String user : List.of("health", "health-chief")) {
            Map<String, String> row = searchCsvRow(user, imo, mrn);
            assertThat(row.keySet()).as(user).contains("vesselName", "crew", "passengers", "clearance.health")
                    .doesNotContain("consignments");
            assertThat(row).as(user).containsEntry("crew", "2");
        }
        for (String user : List.of("harbour", "harbour-chief")) {
            Map<String, String> row = searchCsvRow(user, imo, mrn);
            assertThat(row.keySet()).as(user).contains("vesselName", "consignments", "clearance.maritime")
                    .doesNotContain("crew", "passengers");
            assertThat(row).as(user).containsEntry("consignments", "2");
        }
        assertThat(accessLog(mrn)).as("the case search's CSV names no person").hasSize(accessEntries);

        signIn("health", "health");
        browser.get(url("/cases?q=" + imo));
        String link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases-csv"))).getAttribute("href");
        assertThat(link).startsWith(url("/cases.csv?q=" + imo));
        assertThat(browser.findElements(By.cssSelector("#cases tr[data-mrn='" + mrn + "']"))).hasSize(1);
        PageChecks.assertCleanPage(browser);
        assertThat(searchCsv("health", link.substring(url("").length()))).as("the page's link, empty filters too")
                .singleElement().satisfies(row -> assertThat(row).containsEntry("mrn", mrn).doesNotContainKey(
                        "consignments"));
    }

    @Test
    void anOfficerInTwoAgenciesGetsTheUnionOfTheirAgreements() throws Exception {
        directory.ensureUser("health-harbour", "health-harbour", "Hal", "Both",
                List.of("health-officers", "harbour-officers"));
        String imo = uniqueImo();
        String mrn;
        try (CarrierClient carrier = carrier("AGENCIES")) {
            mrn = file(carrier, null, imo);
        }
        OfficerSession both = OfficerSession.signIn(port, "health-harbour", "health-harbour");
        assertThat(csv(both, mrn, "persons")).as("port health's lists").contains(AgencyPortCall.CREW_NAME)
                .doesNotContain(AgencyPortCall.PASSPORT_NUMBER);
        assertThat(csv(both, mrn, "goods")).as("the maritime authority's consignments")
                .contains("transportDocumentNumber").doesNotContain(AgencyPortCall.goodsDescription());
        JsonNode caseFile = api(both, "/api/v1/officer/cases/" + mrn);
        assertThat(caseFile.toString()).contains(AgencyPortCall.HEALTH_DETAILS, AgencyPortCall.SECURITY_OFFICER_EMAIL)
                .doesNotContain(AgencyPortCall.PASSPORT_NUMBER, AgencyPortCall.consigneeName());
        assertThat(caseFile.path("agencies").toString()).isEqualTo("[\"health\",\"maritime\"]");
        Map<String, String> row = searchCsvRow("health-harbour", imo, mrn);
        assertThat(row).containsEntry("consignments", "2").containsEntry("crew", "2");

        signIn("health-harbour", "health-harbour");
        browser.get(url("/cases/" + mrn));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agencies")));
        assertThat(browser.getPageSource()).contains(AgencyPortCall.HEALTH_DETAILS,
                AgencyPortCall.SECURITY_OFFICER_EMAIL, AgencyPortCall.CREW_NAME)
                .doesNotContain(AgencyPortCall.PASSPORT_NUMBER, AgencyPortCall.goodsDescription());
        assertThat(accessLog(mrn)).as("only port health's agreement showed the persons")
                .contains("health-harbour/health/persons CSV: crew and passengers")
                .noneMatch(entry -> entry.startsWith("health-harbour/maritime/"));
    }

    @Test
    void agenciesThatJoinedLaterSeeNoFilingRegisteredBeforeTheyJoined() throws Exception {
        String imo = uniqueImo();
        String mrn;
        try (CarrierClient carrier = carrier("AGENCIES")) {
            mrn = file(carrier, null, imo);
        }
        // as if filed before the demo's port health, maritime authority and border police joined (2026-12-01)
        jdbc.sql("update clearance_case set registered_at = ? where mrn = ?")
                .params(OffsetDateTime.parse("2026-11-20T08:00:00Z"), mrn).update();

        for (String user : List.of("health", "harbour-chief", "border")) {
            OfficerSession officer = OfficerSession.signIn(port, user, user);
            assertThat(officer.get("/cases/" + mrn).statusCode()).as(user + " case page").isEqualTo(404);
            assertThat(officer.get("/api/v1/officer/cases/" + mrn, "application/json").statusCode()).as(user)
                    .isEqualTo(404);
            assertThat(officer.get("/cases/" + mrn + "/goods.csv", "text/csv").statusCode()).as(user)
                    .isEqualTo(404);
            assertThat(searchCsvRows(user, imo)).as(user + " case search CSV").isEmpty();
        }
        assertThat(searchCsvRow("clerk", imo, mrn)).containsEntry("vesselName", "MSC AURORA");
        assertThat(OfficerSession.signIn(port, "clerk", "clerk").get("/cases/" + mrn).statusCode()).isEqualTo(200);
        assertThat(agencyClearances.agenciesClearing(Mrn.of(mrn))).as("no agency that joined later clears it")
                .isEmpty();
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
        return file(carrier, null, uniqueImo());
    }

    /** The same, under that LRN (null: the message id) and vessel. */
    private String file(CarrierClient carrier, String lrn, String imo) throws Exception {
        String messageId = "officerdata-" + UUID.randomUUID().toString().substring(0, 8);
        carrier.send(AgencyPortCall.filing(lrn == null ? messageId : lrn, imo, TestDates.ETA), messageId);
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

    /** The user's CSV of the case search for the vessel: its one row, by column in the CSV's order. */
    private Map<String, String> searchCsvRow(String user, String imo, String mrn) throws Exception {
        List<Map<String, String>> rows = searchCsvRows(user, imo);
        assertThat(rows).as(user).singleElement().satisfies(row -> assertThat(row.get("mrn")).isEqualTo(mrn));
        return rows.get(0);
    }

    /** The rows of the user's CSV of the case search for the vessel, each by column in the CSV's order. */
    private List<Map<String, String>> searchCsvRows(String user, String imo) throws Exception {
        return searchCsv(user, "/cases.csv?q=" + imo);
    }

    private List<Map<String, String>> searchCsv(String user, String pathAndQuery) throws Exception {
        HttpResponse<String> response = OfficerSession.signIn(port, user, user).get(pathAndQuery, "text/csv");
        assertThat(response.statusCode()).as(user).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(response.body()))) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : csv.getRecords()) {
                Map<String, String> cells = new LinkedHashMap<>();
                csv.getHeaderNames().forEach(column -> cells.put(column, record.get(column)));
                rows.add(cells);
            }
            return rows;
        }
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
