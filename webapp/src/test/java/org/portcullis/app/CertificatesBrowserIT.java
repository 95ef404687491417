package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * E-certificates in a real browser. An officer reads a case whose filing refers to two ship certificates: the
 * genuine one shown verified, the forged one (signed by a key the authority does not trust) refused with its
 * reason, and the case referred by CRT-001. A released case's clearance certificate is printed with its QR code,
 * and the public verification page shows it verified, and a copy with its payload altered refused.
 */
class CertificatesBrowserIT extends BrowserIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void officerSeesTheGenuineCertificateVerifiedAndTheForgedOneRefusedWithItsReason() throws Exception {
        String imo = uniqueImo();
        String messageId = "certs-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode filing = (ObjectNode) JSON.readTree(sample("filing-green.json", messageId, imo, TestDates.ETA));
        filing.set("certificates", JSON.valueToTree(List.of(
                DemoClassSociety.certificate(imo, "GENUINE-" + messageId, false),
                DemoClassSociety.certificate(imo, "FORGED-" + messageId, true))));
        String mrn;
        try (CarrierClient carrier = carrier("CERTS")) {
            carrier.send(JSON.writeValueAsString(filing), messageId);
            mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "REFERRED".equals(caseStatus(mrn)));

        signIn("clerk", "clerk");
        browser.get(url("/cases/" + mrn));
        WebElement genuine = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr.certificate[data-tracking-number='GENUINE-" + messageId + "']")));
        WebElement forged = browser.findElement(
                By.cssSelector("tr.certificate[data-tracking-number='FORGED-" + messageId + "']"));
        assertThat(genuine.findElement(By.cssSelector(".certificate-status")).getText()).isEqualTo("Verified");
        assertThat(genuine.getText()).contains("signed by Demo Classification Society");
        assertThat(forged.findElement(By.cssSelector(".certificate-status")).getText()).isEqualTo("Refused");
        assertThat(forged.findElement(By.cssSelector("li[data-problem='SIGNATURE_INVALID']")).getText())
                .contains("does not verify with Demo Classification Society (recognized organization)'s key "
                        + "demo-class-2026");
        assertThat(browser.findElement(By.cssSelector("tr[data-rule-id='CRT-001']")).getText())
                .contains("FORGED-" + messageId, "hold");
        assertThat(browser.findElements(By.cssSelector("tr[data-rule-id^='CRT-']"))).hasSize(1);
        PageChecks.assertCleanPage(browser);
        PageChecks.screenshot(browser, "case-certificates");
    }

    @Test
    void theVerificationPageShowsAGenuineClearanceCertificateVerifiedAndATamperedOneRefused() throws Exception {
        String imo = uniqueImo();
        String messageId = "clear-" + UUID.randomUUID().toString().substring(0, 8);
        String mrn;
        try (CarrierClient carrier = carrier("CERTS"); PortCommunityClient pcs = portCommunity()) {
            carrier.send(sample("filing-green.json", messageId, imo, TestDates.ETA), messageId);
            mrn = carrier.awaitNotice("ACCEPTED", messageId).mrn();
            carrier.awaitNotice("ASSESSMENT_COMPLETE", messageId);
            String eventId = "arrived-" + messageId;
            pcs.send(PortCommunityClient.arrival(eventId, imo, "NLRTM", TestDates.ETA), eventId);
            carrier.awaitNotice("RELEASED", messageId);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> "RELEASED".equals(caseStatus(mrn)));

        signIn("clerk", "clerk");
        browser.get(url("/cases/" + mrn));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#clearance-certificate button"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("certificate-jws")));
        assertThat(browser.findElement(By.id("clearance-claims")).getText()).contains(mrn, imo, "NLRTM", "RELEASED");
        assertThat(browser.findElement(By.cssSelector("svg.qr-code"))).isNotNull();
        String jws = browser.findElement(By.id("certificate-jws")).getText().strip();
        String logIndex = browser.findElement(By.id("certificate-log-index")).getText();
        assertThat(jdbc.sql("select kind from ledger_leaf where leaf_index = ?").param(Long.parseLong(logIndex))
                .query(String.class).single()).isEqualTo("NOTICE_ISSUED");
        PageChecks.assertCleanPage(browser);
        PageChecks.screenshot(browser, "clearance-certificate");
        signOut();

        browser.get(url("/verify?log=" + logIndex + "&jws=" + jws));
        WebElement verified = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verification-result")));
        assertThat(verified.getDomAttribute("data-verified")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector("tr[data-claim='mrn']")).getText()).contains(mrn);
        PageChecks.assertCleanPage(browser);

        browser.get(url("/verify?log=" + logIndex + "&jws=" + withVesselRenamed(jws)));
        WebElement refused = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verification-result")));
        assertThat(refused.getDomAttribute("data-verified")).isEqualTo("false");
        assertThat(browser.findElement(By.id("verification-problems")).getText())
                .contains("the signature does not verify");
        PageChecks.screenshot(browser, "clearance-certificate-refused");
    }

    /** The certificate with its payload's vessel name changed and the original signature kept. */
    private static String withVesselRenamed(String jws) {
        String[] parts = jws.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"vesselName\":\"[^\"]*\"", "\"vesselName\":\"SOME OTHER SHIP\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
