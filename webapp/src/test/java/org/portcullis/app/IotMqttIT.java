package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.portcullis.model.error.InvalidValueException;
import org.portcullis.model.value.ContainerNumber;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sensors publish over MQTT with Eclipse Paho to the embedded broker's MQTT acceptor: an event about a container of
 * a cleared case raises its risk (the case is reopened, referred with the event rule's finding, the carrier and the
 * terminal told); an event published before any filing names its container counts when one does; another
 * operator's topic is refused and nothing of it is stored; a vessel silent on AIS for 13 hours has its cleared case
 * referred to a clerk, and so has one that stops reporting (found by the silence check); an event that breaks the format waits on the dead-letter
 * queue with its error, which supervisors read; the same event id twice is stored once. The case file shows the
 * events and the re-assessment. Every test uses containers of its own, so that no
 * other test's case hears of its events.
 */
class IotMqttIT extends PortcullisIntegrationTest {

    @Autowired
    TaskService tasks;

    private static final Instant ETA = TestDates.ETA;

    @Test
    void sealOpenedAtSeaReopensTheClearedCaseAndHoldsItUnderRuleIot001() throws Exception {
        String container = uniqueContainer();
        String lrn = unique("seal");
        try (CarrierClient carrier = carrier("SENSOR"); SensorClient sensor = sensor("sensor-acme")) {
            String mrn = cleared(carrier, lrn, container);

            sensor.publish("portcullis/iot/ACME/eseal-7", seal(unique("eseal"), container, ETA.minus(Duration.ofDays(1))));

            carrier.awaitNotice("ASSESSMENT_REOPENED", lrn);
            await().atMost(Duration.ofSeconds(20)).until(() -> "REFERRED".equals(caseStatus(mrn)));
            assertThat(latestFindings(mrn)).contains("IOT-001 HOLD");
            assertThat(latestOutcome(mrn)).isEqualTo("HOLD");
            assertThat(jdbc.sql("select result from case_reassessment where mrn = ?").param(mrn).query(String.class)
                    .list()).containsExactly("REOPENED");
            assertThat(jdbc.sql("select container_status from pcs_notice where mrn = ? and container_number = ?")
                    .params(mrn, container).query(String.class).list()).contains("HELD_PENDING_CLEARANCE");

            String caseFile = OfficerSession.signIn(port, "clerk", "clerk").get("/cases/" + mrn).body();
            assertThat(caseFile).contains("id=\"sensors\"", container, "CN4471203", "data-result=\"REOPENED\"",
                    "IOT-001");
        }
    }

    @Test
    void aisSilentForThirteenHoursReopensTheClearedCaseAndRefersItToAClerkUnderRuleIot006() throws Exception {
        String mmsi = uniqueMmsi();
        String lrn = unique("ais-gap");
        try (CarrierClient carrier = carrier("SENSOR"); SensorClient sensor = sensor("sensor-other")) {
            carrier.send(filing(lrn, uniqueContainer()).replace("357123000", mmsi), lrn);
            String mrn = carrier.awaitNotice("ACCEPTED", lrn).mrn();
            carrier.awaitNotice("ASSESSMENT_COMPLETE", lrn);

            for (int hoursBeforeEta : new int[] {40, 39, 26, 25}) {
                sensor.publish("portcullis/iot/OTHER/ais", ais(unique("ais"), mmsi,
                        ETA.minus(Duration.ofHours(hoursBeforeEta))));
            }

            carrier.awaitNotice("ASSESSMENT_REOPENED", lrn);
            await().atMost(Duration.ofSeconds(20)).until(() -> tasks.createTaskQuery()
                    .processInstanceBusinessKey(mrn).taskDefinitionKey("Task_ReviewReferral").count() == 1);
            assertThat(caseStatus(mrn)).isEqualTo("REFERRED");
            assertThat(latestFindings(mrn)).containsExactly("IOT-006 REFER");
            assertThat(latestOutcome(mrn)).isEqualTo("REFER");
        }
    }

    @Test
    void vesselThatStopsReportingHasItsClearedCaseReopenedByTheSilenceCheckUnderRuleIot008() throws Exception {
        String mmsi = uniqueMmsi();
        String lrn = unique("ais-silent");
        try (CarrierClient carrier = carrier("SENSOR"); SensorClient sensor = sensor("sensor-other")) {
            carrier.send(filing(lrn, uniqueContainer()).replace("357123000", mmsi), lrn);
            String mrn = carrier.awaitNotice("ACCEPTED", lrn).mrn();
            carrier.awaitNotice("ASSESSMENT_COMPLETE", lrn);
            // The last report 12 hours less 15 seconds ago: silent for 12 hours 15 seconds from now.
            Instant lastReport = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(12))
                    .plusSeconds(15);
            Instant twelveHoursSilent = lastReport.plus(Duration.ofHours(12));

            // the latest report first: the vessel's last report is never one already silent for 12 hours
            sensor.publish("portcullis/iot/OTHER/ais", ais(unique("ais"), mmsi, lastReport));
            sensor.publish("portcullis/iot/OTHER/ais", ais(unique("ais"), mmsi, lastReport.minus(Duration.ofHours(1))));

            // stored and re-assessed on the reports while silent for less than 12 hours: nothing changes
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                    "select count(*) from iot_event where mmsi = ?").param(mmsi).query(Integer.class).single() == 2
                    && jdbc.sql("select count(*) from case_reassessment_request where mrn = ?").param(mrn)
                            .query(Integer.class).single() == 0);
            assertThat(Instant.now()).as("re-assessed on the reports before the silence reached 12 hours")
                    .isBefore(twelveHoursSilent);
            assertThat(caseStatus(mrn)).isEqualTo("ASSESSED");

            carrier.awaitNotice("ASSESSMENT_REOPENED", lrn);
            assertThat(Instant.now()).isAfter(twelveHoursSilent);
            await().atMost(Duration.ofSeconds(20)).until(() -> tasks.createTaskQuery()
                    .processInstanceBusinessKey(mrn).taskDefinitionKey("Task_ReviewReferral").count() == 1);
            assertThat(caseStatus(mrn)).isEqualTo("REFERRED");
            assertThat(latestFindings(mrn)).containsExactly("IOT-008 REFER");
            assertThat(latestOutcome(mrn)).isEqualTo("REFER");
            assertThat(jdbc.sql(
                    "select triggers || ' ' || result || ' ' || rule_ids from case_reassessment where mrn = ?")
                    .param(mrn).query(String.class).list()).containsExactly("VESSEL_SILENT REOPENED IOT-008");
            assertThat(jdbc.sql("select reason from assessment_finding where assessment_id = "
                    + "(select max(id) from assessment where mrn = ?)").param(mrn).query(String.class).single())
                    .startsWith("MSC AURORA (IMO ").contains("has sent no AIS position since " + lastReport);

            String caseFile = OfficerSession.signIn(port, "clerk", "clerk").get("/cases/" + mrn).body();
            int at = caseFile.indexOf("id=\"timeline\"");
            assertThat(caseFile.substring(at, caseFile.indexOf("</ol>", at)))
                    .contains("VESSEL_SILENT", "IOT-008");
            assertThat(jdbc.sql("select count(*) from vessel_silence where mrn = ?").param(mrn)
                    .query(Integer.class).single()).as("the silence queued the case once").isEqualTo(1);
        }
    }

    @Test
    void readingsAndPositionsWithinLimitsShowInTheTimelineChartAndTrailAndLeaveTheCaseCleared() throws Exception {
        String container = uniqueContainer();
        String lrn = unique("trail");
        try (CarrierClient carrier = carrier("SENSOR"); SensorClient sensor = sensor("sensor-acme")) {
            String mrn = cleared(carrier, lrn, container);

            double[][] atSea = {{49.8, -3.0}, {50.0, -1.5}, {50.3, 0.3}};
            for (int i = 0; i < atSea.length; i++) {
                Instant at = ETA.minus(Duration.ofHours(30 - 10L * i));
                sensor.publish("portcullis/iot/ACME/reefer-trail", reefer(unique("reefer"), container, at, 4.5 + i));
                sensor.publish("portcullis/iot/ACME/tracker-trail",
                        position(unique("position"), container, at, atSea[i][0], atSea[i][1]));
            }

            // stored with the requests to re-assess the case (one transaction); then the worker takes the requests
            await().atMost(Duration.ofSeconds(30)).until(() -> storedEventsAbout(container) == 6 && jdbc.sql(
                    "select count(*) from case_reassessment_request where mrn = ?").param(mrn)
                    .query(Integer.class).single() == 0);
            assertThat(caseStatus(mrn)).isEqualTo("ASSESSED");
            assertThat(jdbc.sql("select count(*) from case_reassessment where mrn = ?").param(mrn)
                    .query(Integer.class).single()).as("re-assessed to the same outcome: nothing recorded").isZero();

            String caseFile = OfficerSession.signIn(port, "clerk", "clerk").get("/cases/" + mrn).body();
            String timeline = caseFile.substring(caseFile.indexOf("id=\"timeline\""),
                    caseFile.indexOf("</ol>", caseFile.indexOf("id=\"timeline\"")));
            assertThat(timeline.split("data-kind=\"SENSOR\"", -1)).as("six sensor events in the timeline")
                    .hasSize(7);
            assertThat(timeline).contains(container, "6.5");
            assertThat(caseFile).contains("data-chart=\"" + container + "\"", "id=\"position-trail\"",
                    "id=\"last-position\"", "50.3000", "0.3000");
            assertThat(jdbc.sql("select count(*) from notice where mrn = ? and notice_type = 'ASSESSMENT_REOPENED'")
                    .param(mrn).query(Integer.class).single()).isZero();
        }
    }

    @Test
    void eventPublishedBeforeAnyFilingNamesItsContainerCountsWhenOneDoes() throws Exception {
        String container = uniqueContainer();
        String eventId = unique("door");
        try (SensorClient sensor = sensor("sensor-acme")) {
            sensor.publish("portcullis/iot/ACME/door-3", door(eventId, container, ETA.minus(Duration.ofDays(2))));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> storedEvents(eventId) == 1);

        String lrn = unique("late-filing");
        try (CarrierClient carrier = carrier("SENSOR")) {
            carrier.send(filing(lrn, container), lrn);
            String mrn = carrier.awaitNotice("ACCEPTED", lrn).mrn();
            await().atMost(Duration.ofSeconds(20)).until(() -> "REFERRED".equals(caseStatus(mrn)));
            assertThat(latestFindings(mrn)).contains("IOT-003 HOLD");
        }
    }

    @Test
    void anotherOperatorsTopicIsRefusedAndNothingOfItIsStored() throws Exception {
        String eventId = unique("foreign");
        try (SensorClient sensor = sensor("sensor-acme")) {
            assertThatThrownBy(() -> sensor.publish("portcullis/iot/OTHER/reefer-1",
                    door(eventId, uniqueContainer(), ETA.minus(Duration.ofDays(1)))))
                    .isInstanceOf(MqttException.class);
            assertThat(sensor.isConnected()).as("MQTT 3.1.1 has no refusal: the broker disconnects").isFalse();
        }
        try (SensorClient sensor = sensor("sensor-acme")) {
            assertThatThrownBy(() -> sensor.publish("portcullis/filings", "{}")).isInstanceOf(MqttException.class);
        }
        assertThat(storedEvents(eventId)).isZero();
    }

    @Test
    void wrongPasswordIsRefusedAtConnect() {
        assertThatThrownBy(() -> new SensorClient(MQTT_PORT, "sensor-acme", "guess").close())
                .isInstanceOf(MqttException.class);
    }

    @Test
    void malformedEventWaitsOnTheDeadLetterQueueWithItsErrorAndPublisher() throws Exception {
        String eventId = unique("bad-mmsi");
        try (SensorClient sensor = sensor("sensor-other")) {
            sensor.publish("portcullis/iot/OTHER/ais", """
                    {"eventId": "%s", "eventType": "VESSEL_POSITION", "observedAt": "2026-12-03T12:00:00Z",
                     "vessel": {"mmsi": "35712300"}, "position": {"latitude": 50.62, "longitude": 0.85}}"""
                    .formatted(eventId));
        }
        OfficerSession supervisor = OfficerSession.signIn(port, "supervisor", "supervisor");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> supervisor.get("/dead-letters/sensor-events").body().contains(eventId));
        assertThat(supervisor.get("/dead-letters/sensor-events").body())
                .contains("MMSI_INVALID at /vessel/mmsi", "sensor-other");
        Message dead = receiveAsOperator("portcullis.iot-events.DLQ", "portcullisSender = 'sensor-other'");

        assertThat(dead).isNotNull();
        assertThat(dead.getStringProperty("deadLetterReason")).startsWith("MMSI_INVALID at /vessel/mmsi");
        assertThat(dead.getBody(byte[].class)).asString().contains(eventId);
        assertThat(storedEvents(eventId)).isZero();
    }

    @Test
    void theSameEventIdTwiceIsStoredOnce() throws Exception {
        String eventId = unique("twice");
        String container = uniqueContainer();
        try (SensorClient sensor = sensor("sensor-acme")) {
            String event = door(eventId, container, ETA.minus(Duration.ofDays(1)));
            sensor.publish("portcullis/iot/ACME/door-9", event);
            sensor.publish("portcullis/iot/ACME/door-9", event);
            String marker = unique("after");
            sensor.publish("portcullis/iot/ACME/door-9", door(marker, container, ETA.minus(Duration.ofHours(20))));
            await().atMost(Duration.ofSeconds(20)).until(() -> storedEvents(marker) == 1);
        }
        assertThat(storedEvents(eventId)).isEqualTo(1);
    }

    /** Files the green sample naming the container and waits until it is cleared; its MRN. */
    private String cleared(CarrierClient carrier, String lrn, String container) throws Exception {
        carrier.send(filing(lrn, container), lrn);
        String mrn = carrier.awaitNotice("ACCEPTED", lrn).mrn();
        carrier.awaitNotice("ASSESSMENT_COMPLETE", lrn);
        return mrn;
    }

    private SensorClient sensor(String account) throws MqttException {
        return new SensorClient(MQTT_PORT, account, account + "-secret");
    }

    private String filing(String lrn, String container) {
        return sample("filing-green.json", lrn, uniqueImo(), ETA).replace("MSCU1234566", container)
                .replace("CSQU3054383", uniqueContainer());
    }

    private int storedEvents(String eventId) {
        return jdbc.sql("select count(*) from iot_event where event_id = ?").param(eventId).query(Integer.class)
                .single();
    }

    private List<String> latestFindings(String mrn) {
        return jdbc.sql("""
                select f.rule_id || ' ' || f.outcome from assessment_finding f
                where f.assessment_id = (select max(id) from assessment where mrn = ?)""")
                .param(mrn).query(String.class).list();
    }

    private String latestOutcome(String mrn) {
        return jdbc.sql("select outcome from assessment where id = (select max(id) from assessment where mrn = ?)")
                .param(mrn).query(String.class).single();
    }

    static String seal(String eventId, String container, Instant at) {
        return """
                {"eventId": "%s", "eventType": "SEAL_STATUS", "observedAt": "%s", "container": "%s",
                 "sealNumber": "CN4471203", "sealStatus": "OPENED"}""".formatted(eventId, at, container);
    }

    static String reefer(String eventId, String container, Instant at, double celsius) {
        return """
                {"eventId": "%s", "eventType": "REEFER_TEMPERATURE", "observedAt": "%s", "container": "%s",
                 "temperatureCelsius": %s, "setPointCelsius": 5.0}""".formatted(eventId, at, container, celsius);
    }

    static String position(String eventId, String container, Instant at, double latitude, double longitude) {
        return """
                {"eventId": "%s", "eventType": "CONTAINER_POSITION", "observedAt": "%s", "container": "%s",
                 "position": {"latitude": %s, "longitude": %s}}""".formatted(eventId, at, container, latitude,
                longitude);
    }

    private int storedEventsAbout(String container) {
        return jdbc.sql("select count(*) from iot_event where container = ?").param(container).query(Integer.class)
                .single();
    }

    static String ais(String eventId, String mmsi, Instant at) {
        return """
                {"eventId": "%s", "eventType": "VESSEL_POSITION", "observedAt": "%s", "vessel": {"mmsi": "%s"},
                 "position": {"latitude": 50.2, "longitude": -1.5}, "speedOverGround": 15.0}""".formatted(eventId, at,
                mmsi);
    }

    /** A ship station's MMSI of this run's own: nine digits, the first 2 (ITU-R M.585). */
    static String uniqueMmsi() {
        return "2" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String door(String eventId, String container, Instant at) {
        return """
                {"eventId": "%s", "eventType": "DOOR", "observedAt": "%s", "container": "%s", "door": "OPENED"}"""
                .formatted(eventId, at, container);
    }

    /** An ISO 6346 container number of this run's own: owner code PCTU, six random digits, the check digit. */
    static String uniqueContainer() {
        String prefix = "PCTU" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        for (int digit = 0; digit <= 9; digit++) {
            try {
                return ContainerNumber.of(prefix + digit).value();
            } catch (InvalidValueException wrongCheckDigit) {
                // the next digit
            }
        }
        throw new IllegalStateException("no check digit fits " + prefix);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
