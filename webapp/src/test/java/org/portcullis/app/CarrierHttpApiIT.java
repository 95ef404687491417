package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The carriers' HTTP API: filing, reading one's own case only, and polling and acknowledging the outbox. */
class CarrierHttpApiIT extends PortcullisIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void carrierFilesOverHttpAndReadsItsCaseButAnotherCarrierCannot() throws Exception {
        String lrn = unique("http");
        HttpResponse<String> filed = post("POLL", lrn + "-m1", "application/json",
                CarrierClient.sample("filing-green.json", lrn));

        assertThat(filed.statusCode()).isEqualTo(201);
        JsonNode accepted = JSON.readTree(filed.body());
        assertThat(accepted.path("type").asText()).isEqualTo("ACCEPTED");
        String mrn = accepted.path("mrn").asText();
        assertThat(filed.headers().firstValue("Location")).hasValue("/api/v1/filings/" + mrn);

        HttpResponse<String> own = get("POLL", "poll-secret", "/api/v1/filings/" + mrn);
        assertThat(own.statusCode()).isEqualTo(200);
        JsonNode view = JSON.readTree(own.body());
        assertThat(view.path("lrns").get(0).asText()).isEqualTo(lrn);
        assertThat(view.path("filing").path("vessel").path("imoNumber").asText()).isEqualTo("9839284");

        assertThat(get("ACME", "acme-secret", "/api/v1/filings/" + mrn).statusCode()).isEqualTo(404);
        assertThat(get("POLL", "wrong", "/api/v1/filings/" + mrn).statusCode()).isEqualTo(401);
        assertThat(http.send(HttpRequest.newBuilder(uri("/api/v1/filings/" + mrn)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void aReferredCaseReadsAsUnderAssessmentWithoutLaneOrOutcomeLikeTheNoticesSaid() throws Exception {
        String lrn = unique("referred");
        JsonNode accepted = JSON.readTree(post("POLL", lrn + "-m1", "application/json",
                CarrierClient.sample("filing-arms.json", lrn)).body());
        String mrn = accepted.path("mrn").asText();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> caseStatus(mrn).equals("REFERRED"));

        JsonNode view = JSON.readTree(get("POLL", "poll-secret", "/api/v1/filings/" + mrn).body());

        assertThat(view.path("status").asText()).isEqualTo("UNDER_ASSESSMENT");
        assertThat(view.has("outcome")).isFalse();
        assertThat(view.path("lane").isNull() || view.path("lane").isMissingNode()).isTrue();
        // the other agencies' formality responses may come meanwhile; they name no lane
        assertThat(view.path("notices").findValuesAsText("type")).filteredOn(type -> !type.startsWith("FORMALITY")
                && !type.startsWith("PORT_CALL")).containsExactly("ACCEPTED");
    }

    @Test
    void outboxListsNoticesUntilTheCarrierAcknowledgesThem() throws Exception {
        String lrn = unique("outbox");
        post("POLL", lrn + "-m1", "application/json", CarrierClient.sample("filing-arms.json", lrn));
        List<JsonNode> mine = noticesFor(lrn);
        assertThat(mine).extracting(n -> n.path("type").asText()).contains("ACCEPTED");

        String ids = JSON.writeValueAsString(java.util.Map.of("noticeIds",
                mine.stream().map(n -> n.path("noticeId").asText()).toList()));
        HttpResponse<String> acknowledged = send("POLL", "poll-secret", HttpRequest.newBuilder(
                uri("/api/v1/notices/acknowledgements")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ids)));
        assertThat(JSON.readTree(acknowledged.body()).path("acknowledged").asInt()).isEqualTo(mine.size());

        // the other agencies' formality responses may come meanwhile: the acknowledged notices are gone
        assertThat(noticesFor(lrn)).extracting(n -> n.path("noticeId").asText())
                .doesNotContainAnyElementsOf(mine.stream().map(n -> n.path("noticeId").asText()).toList());
        HttpResponse<String> again = send("POLL", "poll-secret", HttpRequest.newBuilder(
                uri("/api/v1/notices/acknowledgements")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ids)));
        assertThat(JSON.readTree(again.body()).path("acknowledged").asInt()).isZero();
    }

    @Test
    void carrierThatTakesItsNoticesOverHttpGetsNoneOnItsQueue() throws Exception {
        String lrn = unique("httponly");
        post("POLL", lrn + "-m1", "application/json", CarrierClient.sample("filing-green.json", lrn));
        assertThat(noticesFor(lrn)).extracting(n -> n.path("type").asText()).contains("ACCEPTED");

        // The relay hands notices on in the order they were issued: once a queue carrier's later notice has
        // arrived, any of POLL's that were to be published would be on its queue too.
        String later = unique("later");
        try (CarrierClient acme = carrier("ACME")) {
            acme.send(CarrierClient.sample("filing-green.json", later), later + "-m1");
            acme.awaitNotice("ACCEPTED", later + "-m1");
        }
        assertThat(countAsOperator("portcullis.notices.POLL", "LRN = '" + lrn + "'"))
                .as("notices of a carrier that takes them over HTTP, on its queue").isZero();
    }

    @Test
    void anotherCarrierCannotAcknowledgeOrSeeMyNotices() throws Exception {
        String lrn = unique("private");
        post("POLL", lrn + "-m1", "application/json", CarrierClient.sample("filing-green.json", lrn));
        String noticeId = noticesFor(lrn).get(0).path("noticeId").asText();

        HttpResponse<String> foreign = send("ACME", "acme-secret", HttpRequest.newBuilder(
                uri("/api/v1/notices/acknowledgements")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"noticeIds\": [\"" + noticeId + "\"]}")));

        assertThat(JSON.readTree(foreign.body()).path("acknowledged").asInt()).isZero();
        assertThat(get("ACME", "acme-secret", "/api/v1/notices?limit=500").body()).doesNotContain(noticeId);
        assertThat(noticesFor(lrn)).extracting(n -> n.path("noticeId").asText()).contains(noticeId);
    }

    @Test
    void refusalsComeBackAsRejectedNoticesWithTheirCodes() throws Exception {
        String lrn = unique("bad");
        assertRejected(post("POLL", lrn + "-1", "application/json", CarrierClient.sample("filing-invalid.json", lrn)),
                422, "IMO_NUMBER_CHECK_DIGIT");
        assertRejected(post("POLL", null, "application/json", CarrierClient.sample("filing-green.json", lrn)),
                422, "MISSING_MESSAGE_ID");
        assertRejected(post("POLL", lrn + "-2", "text/xml", "<filing/>"), 422, "UNSUPPORTED_CONTENT_TYPE");
        String tooLarge = "{\"padding\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        assertRejected(post("POLL", lrn + "-3", "application/json", tooLarge), 413, "MESSAGE_TOO_LARGE");
        assertThat(jdbc.sql("select disposition from inbound_message where carrier_id = 'POLL' and message_id = ?")
                .param(lrn + "-3").query(String.class).single()).isEqualTo("REJECTED");
    }

    @Test
    void sameMessageIdOverHttpGetsTheFirstAnswerAgain() throws Exception {
        String lrn = unique("again");
        String body = CarrierClient.sample("filing-green.json", lrn);
        JsonNode first = JSON.readTree(post("POLL", lrn + "-m", "application/json", body).body());
        HttpResponse<String> repeated = post("POLL", lrn + "-m", "application/json", body);

        assertThat(repeated.statusCode()).isEqualTo(201);
        JsonNode second = JSON.readTree(repeated.body());
        assertThat(second.path("mrn").asText()).isEqualTo(first.path("mrn").asText());
        assertThat(second.path("repeatsNoticeId").asText()).isEqualTo(first.path("noticeId").asText());
    }

    @Test
    void openApiDescriptionIsServedWithoutSignIn() throws Exception {
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(docs.body()).path("paths");
        assertThat(paths.has("/api/v1/filings")).isTrue();
        assertThat(paths.has("/api/v1/filings/{mrn}")).isTrue();
        assertThat(paths.has("/api/v1/notices")).isTrue();
        assertThat(paths.has("/tasks")).isFalse();
    }

    private void assertRejected(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode notice = JSON.readTree(response.body());
        assertThat(notice.path("type").asText()).isEqualTo("REJECTED");
        assertThat(notice.path("errors").findValuesAsText("code")).contains(code);
    }

    private List<JsonNode> noticesFor(String lrn) throws Exception {
        JsonNode list = JSON.readTree(get("POLL", "poll-secret", "/api/v1/notices?limit=500").body());
        List<JsonNode> mine = new java.util.ArrayList<>();
        list.path("notices").forEach(n -> {
            if (lrn.equals(n.path("lrn").asText())) {
                mine.add(n);
            }
        });
        return mine;
    }

    private HttpResponse<String> post(String carrierId, String messageId, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/filings"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (messageId != null) {
            request.header("Message-Id", messageId);
        }
        return send(carrierId, password(carrierId), request);
    }

    private HttpResponse<String> get(String carrierId, String password, String path) throws Exception {
        return send(carrierId, password, HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(String user, String password, HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
