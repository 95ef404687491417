package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Operators' endpoints: health for anyone (status only), details, metrics and the Prometheus scrape for
 * administrators; officers who are not administrators and carriers are refused.
 */
class OperationsEndpointsIT extends PortcullisIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthAnswersAnyoneWithItsStatusOnly() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null, null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "ruleSet");
    }

    @Test
    void anAdministratorSeesEachPartsHealthAndTheRuleSetServing() throws Exception {
        HttpResponse<String> health = get("/actuator/health", "admin", "admin");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"ruleSet\":{\"status\":\"UP\"", "\"version\":\"",
                "\"db\":{\"status\":\"UP\"", "\"jms\":{\"status\":\"UP\"");
    }

    @Test
    void prometheusScrapeIsForAdministratorsAndCarriesTheClearanceFigures() throws Exception {
        assertThat(get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "clerk", "clerk").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "MSC", "msc").statusCode()).isEqualTo(401);

        HttpResponse<String> scrape = get("/actuator/prometheus", "admin", "admin");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("portcullis_messages_received_total", "portcullis_notices_unpublished",
                "portcullis_notices_outbox_lag_seconds", "portcullis_filings_dead_letters", "portcullis_rules_live",
                "portcullis_rules_switches_late_total", "portcullis_rules_switch_lateness_seconds",
                "hikaricp_connections_active", "http_server_requests_seconds");
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            String basic = Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
