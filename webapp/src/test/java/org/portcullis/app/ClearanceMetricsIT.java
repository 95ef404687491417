package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.apache.qpid.protonj2.client.Client;
import org.apache.qpid.protonj2.client.Connection;
import org.apache.qpid.protonj2.client.ConnectionOptions;
import org.apache.qpid.protonj2.client.Message;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.portcullis.rules.engine.LiveRuleSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.ReactorNettyTcpStompClient;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;

/**
 * The Prometheus scrape after traffic: one carrier files over CORE (JSON and EDIFACT, a message id repeated, a body
 * that cannot be read), AMQP, STOMP and HTTP, and the scrape counts each message under that carrier, its channel
 * and its format; assessments are timed; open and overdue tasks per group, the job executor's backlog, incidents
 * and the rule set version serving are the engine's own figures.
 */
class ClearanceMetricsIT extends PortcullisIntegrationTest {

    private static final String CARRIER = "METRICS";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private TaskService tasks;
    @Autowired
    private ManagementService management;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private LiveRuleSet liveRuleSet;

    @Test
    void filingsAreCountedPerCarrierChannelAndFormatAndAssessmentsTimed() throws Exception {
        double assessedBefore = scrape().value("portcullis_assessment_seconds_count");
        String lrn = MessageSequence.uniqueLrn("metrics");
        try (CarrierClient carrier = carrier(CARRIER)) {
            carrier.send(CarrierClient.sample("filing-green.json", lrn + "-core"), lrn + "-m1");
            carrier.awaitNotice("ACCEPTED", lrn + "-m1");
            carrier.send(CarrierClient.sample("filing-green.json", lrn + "-core"), lrn + "-m1");
            carrier.send("{\"header\": ", lrn + "-m2");
            carrier.send(cargoReportInEdifact(lrn + "-edi"),
                    MessageSequence.properties(lrn + "-m3", CARRIER, "application/edifact"));
        }
        sendOverAmqp(CarrierClient.sample("filing-green.json", lrn + "-amqp"), lrn + "-m4");
        sendOverStomp(CarrierClient.sample("filing-green.json", lrn + "-stomp"), lrn + "-m5");
        assertThat(postOverHttp(CarrierClient.sample("filing-green.json", lrn + "-http"), lrn + "-m6").statusCode())
                .isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            PrometheusScrape scrape = scrape();
            assertThat(count(scrape, "received", "core", "json")).isEqualTo(3);
            assertThat(count(scrape, "accepted", "core", "json")).isEqualTo(1);
            assertThat(count(scrape, "rejected", "core", "json")).isEqualTo(1);
            assertThat(count(scrape, "received", "core", "edifact")).isEqualTo(1);
            assertThat(count(scrape, "accepted", "core", "edifact")).isEqualTo(1);
            assertThat(count(scrape, "accepted", "amqp", "json")).isEqualTo(1);
            assertThat(count(scrape, "accepted", "stomp", "json")).isEqualTo(1);
            assertThat(count(scrape, "accepted", "http", "json")).isEqualTo(1);
            assertThat(scrape.value("portcullis_filings_rejected_total", "carrier", CARRIER)).isEqualTo(1);
            assertThat(scrape.value("portcullis_assessment_seconds_count") - assessedBefore)
                    .isGreaterThanOrEqualTo(5);
            assertThat(scrape.value("portcullis_assessment_seconds_sum")).isPositive();
        });
    }

    @Test
    void tasksPerGroupJobsIncidentsAndTheRuleSetServingAreTheEnginesFigures() throws Exception {
        String lrn = MessageSequence.uniqueLrn("metrics-task");
        try (CarrierClient carrier = carrier(CARRIER)) {
            carrier.send(CarrierClient.sample("filing-arms.json", lrn), lrn + "-m1");
            carrier.awaitNotice("ACCEPTED", lrn + "-m1");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            PrometheusScrape scrape = scrape();
            long clerks = tasks.createTaskQuery().taskCandidateGroup("clerks").includeAssignedTasks().count();
            long overdue = tasks.createTaskQuery().taskCandidateGroup("clerks").includeAssignedTasks()
                    .dueBefore(new Date()).count();
            assertThat(clerks).isPositive();
            assertThat(scrape.value("portcullis_tasks_open", "group", "clerks")).isEqualTo(clerks);
            assertThat(scrape.value("portcullis_tasks_overdue", "group", "clerks")).isEqualTo(overdue);
            assertThat(scrape.labelValues("portcullis_tasks_open", "group")).contains("supervisors");
            assertThat(scrape.value("portcullis_jobs_due"))
                    .isEqualTo(management.createJobQuery().executable().count());
            assertThat(scrape.value("portcullis_incidents_open")).isEqualTo(runtime.createIncidentQuery().count());
            assertThat(scrape.labelValues("portcullis_rules_serving", "version"))
                    .containsExactly(liveRuleSet.current().version());
            assertThat(scrape.value("portcullis_rules_serving")).isEqualTo(1);
        });
    }

    private static double count(PrometheusScrape scrape, String answer, String channel, String format) {
        return scrape.value("portcullis_filings_" + answer + "_total", "carrier", CARRIER, "channel", channel,
                "format", format);
    }

    private static String cargoReportInEdifact(String lrn) throws Exception {
        return TestDates.edifact(Files.readString(Path.of("..", "docs", "examples", "cuscar-cargo-report.edi")))
                .replace("MSC-NLRTM-2026-0101", lrn);
    }

    private static void sendOverAmqp(String body, String messageId) throws Exception {
        try (Client client = Client.create(); Connection connection = client.connect("127.0.0.1", AMQP_PORT,
                new ConnectionOptions().user(CARRIER).password(password(CARRIER)))) {
            Message<String> message = Message.create(body);
            message.property("messageId", messageId);
            message.property("carrierId", CARRIER);
            message.property("contentType", "application/json");
            connection.openSender("portcullis.filings").send(message).awaitSettlement(10, TimeUnit.SECONDS);
        }
    }

    private static void sendOverStomp(String body, String messageId) throws Exception {
        ReactorNettyTcpStompClient client = new ReactorNettyTcpStompClient("127.0.0.1", STOMP_PORT);
        client.setMessageConverter(new StringMessageConverter());
        StompHeaders login = new StompHeaders();
        login.setLogin(CARRIER);
        login.setPasscode(password(CARRIER));
        StompSession session = client.connectAsync(login, new StompSessionHandlerAdapter() { })
                .get(10, TimeUnit.SECONDS);
        try {
            StompHeaders headers = new StompHeaders();
            headers.setDestination("portcullis.filings");
            headers.set("messageId", messageId);
            headers.set("carrierId", CARRIER);
            headers.set("contentType", "application/json");
            session.send(headers, body);
        } finally {
            session.disconnect();
            client.shutdown();
        }
    }

    private HttpResponse<String> postOverHttp(String body, String messageId) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/filings")).header("Content-Type", "application/json")
                .header("Message-Id", messageId).header("Authorization", basic(CARRIER, password(CARRIER)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private PrometheusScrape scrape() throws Exception {
        HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Authorization", basic("admin", "admin")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        return PrometheusScrape.of(scrape.body());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
