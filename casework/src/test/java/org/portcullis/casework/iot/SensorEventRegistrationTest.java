package org.portcullis.casework.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.Samples;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.casework.reassessment.ReassessmentFixture;
import org.portcullis.casework.reassessment.ReassessmentRequests;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.iot.DoorEvent;
import org.portcullis.model.iot.DoorState;
import org.portcullis.model.iot.SensorEvents;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sensor events are stored once, kept when no filing names them yet, and queue the cases still being cleared. */
class SensorEventRegistrationTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Mrn MRN = Mrn.issue(2026, CountryCode.of("NL"), 1);
    private static final String DOCUMENT = "{\"eventId\": \"door-1\", \"eventType\": \"DOOR\", "
            + "\"observedAt\": \"2026-12-02T03:09:40Z\", \"container\": \"MSCU1234566\", \"door\": \"OPENED\"}";

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final JdbcClient jdbc = database.jdbc();
    private final SensorEventRepository events = new SensorEventRepository(jdbc, database.batches());
    private final CaseSubjects subjects = new CaseSubjects(database.batches(), jdbc);
    private final ReassessmentRequests requests = new ReassessmentRequests(jdbc);
    private final SensorEventRegistration registration = new SensorEventRegistration(events, subjects,
            ReassessmentFixture.reassessments(requests, NOW), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void eventNoFilingNamesYetIsKeptAndReadByTheAssessmentOfAFilingThatNamesItLater() throws IOException {
        SensorEvents.Receipt receipt = registration.receive(doorOpened("door-1"), DOCUMENT);

        assertThat(receipt).isEqualTo(new SensorEvents.Receipt(false, 0));
        assertThat(new StoredCaseEvents(events).of(null, green())).singleElement()
                .isEqualTo(doorOpened("door-1"));
    }

    @Test
    void sameEventIdOfTheSameOperatorIsRecordedOnce() {
        registration.receive(doorOpened("door-1"), DOCUMENT);

        assertThat(registration.receive(doorOpened("door-1"), DOCUMENT).duplicate()).isTrue();
        assertThat(jdbc.sql("select count(*) from iot_event").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void queuesTheCaseBeingClearedThatNamesTheContainerButNotAReleasedOne() throws IOException {
        Mrn released = Mrn.issue(2026, CountryCode.of("NL"), 2);
        openCase(MRN, CaseStatus.ASSESSED);
        openCase(released, CaseStatus.RELEASED);

        SensorEvents.Receipt receipt = registration.receive(doorOpened("door-1"), DOCUMENT);

        assertThat(receipt.openCases()).isEqualTo(1);
        assertThat(requests.pending(10, NOW)).extracting(ReassessmentRequests.Pending::mrn).containsExactly(MRN);
    }

    @Test
    void aBatchRecordsEachEventOnceAndQueuesEachCaseItConcernsOnce() throws IOException {
        openCase(MRN, CaseStatus.ASSESSED);
        registration.receive(doorOpened("door-0"), DOCUMENT);

        List<SensorEvents.Receipt> receipts = registration.receiveAll(List.of(
                new SensorEvents.Incoming(doorOpened("door-1"), DOCUMENT),
                new SensorEvents.Incoming(doorOpened("door-1"), DOCUMENT),
                new SensorEvents.Incoming(doorOpened("door-0"), DOCUMENT),
                new SensorEvents.Incoming(doorOf("door-2", "TGHU1234567"), DOCUMENT),
                new SensorEvents.Incoming(doorOpened("door-3"), DOCUMENT)));

        assertThat(receipts).containsExactly(new SensorEvents.Receipt(false, 1), new SensorEvents.Receipt(true, 0),
                new SensorEvents.Receipt(true, 0), new SensorEvents.Receipt(false, 0),
                new SensorEvents.Receipt(false, 1));
        assertThat(jdbc.sql("select event_id from iot_event order by event_id").query(String.class).list())
                .containsExactly("door-0", "door-1", "door-2", "door-3");
        assertThat(requests.pending(10, NOW)).extracting(ReassessmentRequests.Pending::mrn).containsExactly(MRN);
        assertThat(jdbc.sql("select count(*) from case_reassessment_request").query(Integer.class).single())
                .as("one request for the single event, one for the batch").isEqualTo(2);
    }

    private void openCase(Mrn mrn, CaseStatus status) throws IOException {
        jdbc.sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'ACME', ?, ?, '9839284', 'VESSEL', 'NLRTM', ?, 2, 1, ?, ?)""")
                .params(mrn.value(), mrn.value(), status.name(), utc(NOW), utc(NOW), utc(NOW)).update();
        subjects.insert(mrn.value(), 1, green());
    }

    private static DoorEvent doorOpened(String eventId) {
        return doorOf(eventId, "MSCU1234566");
    }

    private static DoorEvent doorOf(String eventId, String container) {
        return new DoorEvent(eventId, "ACME", Instant.parse("2026-12-02T03:09:40Z"), ContainerNumber.of(container),
                DoorState.OPENED);
    }

    private static Filing green() throws IOException {
        return new FilingDocuments(FilingJson.objectMapper())
                .read(Files.readString(Samples.DIRECTORY.resolve("filing-green.json")), "message-1", "ACME");
    }
}
