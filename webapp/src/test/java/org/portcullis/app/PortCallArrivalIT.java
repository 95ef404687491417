package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.portcullis.app.PortCommunityClient.TerminalNotice;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The port community system's events arrive through the real broker and reach the cases of their port call: the
 * cleared case is released (carrier and terminal told), the case not cleared yet has its containers held at the
 * terminal; repeated and unreadable events change nothing, the unreadable ones wait on the dead-letter queue.
 */
class PortCallArrivalIT extends PortcullisIntegrationTest {

    private static final Instant ETA = TestDates.ETA;
    private static final Duration REFERRAL_LEAD_TIME = Duration.ofHours(6);

    @Autowired
    TaskService tasks;

    @Test
    void arrivalReleasesTheClearedCaseAndHoldsTheContainersOfTheOneNotCleared() throws Exception {
        String imo = uniqueImo();
        try (CarrierClient carrier = carrier("ARRIVE"); PortCommunityClient pcs = portCommunity()) {
            String green = unique("green");
            carrier.send(sample("filing-green.json", green, imo, ETA), green);
            String greenMrn = carrier.awaitNotice("ACCEPTED", green).mrn();
            carrier.awaitNotice("ASSESSMENT_COMPLETE", green);
            String arms = unique("arms");
            carrier.send(sample("filing-arms.json", arms, imo, ETA), arms);
            String armsMrn = carrier.awaitNotice("ACCEPTED", arms).mrn();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(armsMrn).count() == 1);

            String eventId = unique("arrived");
            pcs.send(PortCommunityClient.arrival(eventId, imo, "NLRTM", ETA.plus(Duration.ofMinutes(20))), eventId);

            var released = carrier.awaitNotice("RELEASED", green);
            assertThat(released.mrn()).isEqualTo(greenMrn);
            assertThat(pcs.awaitNotices(greenMrn, 2)).extracting(TerminalNotice::containerNumber,
                    TerminalNotice::containerStatus).containsExactlyInAnyOrder(
                            tuple("MSCU1234566", "RELEASED"),
                            tuple("CSQU3054383", "RELEASED"));
            var held = pcs.awaitNotices(armsMrn, 1);
            assertThat(held).singleElement().satisfies(notice -> {
                assertThat(notice.containerNumber()).isEqualTo("MSCU7654329");
                assertThat(notice.containerStatus()).isEqualTo("HELD_PENDING_CLEARANCE");
                assertThat(notice.body().path("vessel").path("imoNumber").asText()).isEqualTo(imo);
                assertThat(notice.body().path("portOfCall").asText()).isEqualTo("NLRTM");
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> "RELEASED".equals(caseStatus(greenMrn)));
            assertThat(caseStatus(armsMrn)).isEqualTo("REFERRED");
            var referral = tasks.createTaskQuery().processInstanceBusinessKey(armsMrn).singleResult();
            assertThat(referral.getTaskDefinitionKey()).isEqualTo("Task_ReviewReferral");
            assertThat(referral.getDueDate().toInstant()).isEqualTo(ETA.minus(REFERRAL_LEAD_TIME));
        }
    }

    @Test
    void caseFiledAfterItsVesselArrivedIsHeldThenReleasedAsSoonAsItIsCleared() throws Exception {
        String imo = uniqueImo();
        try (CarrierClient carrier = carrier("LATE"); PortCommunityClient pcs = portCommunity()) {
            String eventId = unique("arrived");
            pcs.send(PortCommunityClient.arrival(eventId, imo, "NLRTM", ETA.minus(Duration.ofHours(2))), eventId);
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                    "select count(*) from port_call_event where event_id = ?").param(eventId)
                    .query(Integer.class).single() == 1);

            String green = unique("green");
            carrier.send(sample("filing-green.json", green, imo, ETA), green);
            String mrn = carrier.awaitNotice("ACCEPTED", green).mrn();

            carrier.awaitNotice("ASSESSMENT_COMPLETE", green);
            carrier.awaitNotice("RELEASED", green);
            // The arrival step and the assessment are jobs of the case in no fixed order (the other agencies' jobs
            // run among them): the containers are held pending clearance when the arrival step comes first, and
            // released in the end either way, never released before they are held.
            List<String> statuses = new ArrayList<>(statuses(pcs.awaitNotices(mrn, 2)));
            if (statuses.contains("HELD_PENDING_CLEARANCE")) {
                statuses.addAll(statuses(pcs.awaitNotices(mrn, 2)));
            }
            assertThat(String.join(",", statuses))
                    .matches("(HELD_PENDING_CLEARANCE,HELD_PENDING_CLEARANCE,)?RELEASED,RELEASED");
        }
    }

    @Test
    void repeatedEventChangesNothingAndADepartureIsRecordedAfterIt() throws Exception {
        String imo = uniqueImo();
        try (CarrierClient carrier = carrier("ARRIVE"); PortCommunityClient pcs = portCommunity()) {
            String arms = unique("arms");
            carrier.send(sample("filing-arms.json", arms, imo, ETA), arms);
            String mrn = carrier.awaitNotice("ACCEPTED", arms).mrn();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(mrn).count() == 1);
            String arrival = PortCommunityClient.arrival(unique("arrived"), imo, "NLRTM", ETA);
            pcs.send(arrival, "first");
            assertThat(pcs.awaitNotices(mrn, 1)).hasSize(1);

            pcs.send(arrival, "again");
            String departed = unique("departed");
            pcs.send(PortCommunityClient.departure(departed, imo, "NLRTM", ETA.plus(Duration.ofDays(1))), departed);

            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                    "select count(*) from port_call_event where event_id = ?").param(departed)
                    .query(Integer.class).single() == 1);
            assertThat(jdbc.sql("select count(*) from pcs_notice where mrn = ?").param(mrn).query(Integer.class)
                    .single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from port_call_event where vessel_imo = ?").param(imo)
                    .query(Integer.class).single()).isEqualTo(2);
        }
    }

    @Test
    void unreadableEventGoesToTheDeadLetterQueueWithEveryError() throws Exception {
        try (PortCommunityClient pcs = portCommunity()) {
            String testId = unique("bad");
            pcs.send(PortCommunityClient.arrival(testId, "9839285", "NL", ETA), testId);

            Message dead = receiveAsOperator("portcullis.pcs.DLQ", "testId = '" + testId + "'");

            assertThat(dead).isNotNull();
            assertThat(dead.getStringProperty("deadLetterReason"))
                    .contains("IMO_NUMBER_CHECK_DIGIT at /vessel/imoNumber", "UNLOCODE_INVALID at /portOfCall");
            assertThat(jdbc.sql("select count(*) from port_call_event where event_id = ?").param(testId)
                    .query(Integer.class).single()).isZero();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> statuses(List<TerminalNotice> notices) {
        return notices.stream().map(TerminalNotice::containerStatus).toList();
    }
}
