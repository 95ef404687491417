package org.portcullis.messaging.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SampleDatesTest {

    private static final DateShift TEN_DAYS = new DateShift(Duration.ofDays(10), 10);

    @Test
    void movesDateTimesKeepingTheirOffsetAndDocumentDatesButNotDatesOfBirth() {
        String filing = """
                {"header": {"sentAt": "2026-11-29T07:00:00+01:00"},
                 "portCall": {"eta": "2026-12-04T14:00:00Z",
                              "previousPorts": [{"arrival": "2026-12-01T06:00Z", "departure": "2026-12-02T18:00:00.5Z"}]},
                 "crew": [{"dateOfBirth": "1980-04-12", "travelDocument": {"expiry": "2026-12-02"}}]}""";

        assertThat(SampleDates.shiftJson(filing, TEN_DAYS)).isEqualTo("""
                {"header":{"sentAt":"2026-12-09T07:00:00+01:00"},\
                "portCall":{"eta":"2026-12-14T14:00:00Z",\
                "previousPorts":[{"arrival":"2026-12-11T06:00:00Z","departure":"2026-12-12T18:00:00.5Z"}]},\
                "crew":[{"dateOfBirth":"1980-04-12","travelDocument":{"expiry":"2026-12-12"}}]}""");
    }

    @Test
    void leavesNumbersTextsAndDatesThatAreNoDatesAsTheyWere() {
        String filing = """
                {"grossMassKg": 3150.0, "count": 7200, "quantity": 120.50, "description": "ETA 2026-12-04T14:00:00Z",
                 "eta": "2026-02-30T14:00:00Z", "expiry": "2026-13-01", "lrn": "MSC-NLRTM-2026-0001"}""";

        assertThat(SampleDates.shiftJson(filing, TEN_DAYS)).isEqualTo("""
                {"grossMassKg":3150.0,"count":7200,"quantity":120.50,"description":"ETA 2026-12-04T14:00:00Z",\
                "eta":"2026-02-30T14:00:00Z","expiry":"2026-13-01","lrn":"MSC-NLRTM-2026-0001"}""");
    }

    @Test
    void setsTheSentAtToTheMomentOfSendingAndLeavesTheRestAsItWas() {
        String filing = """
                {"header": {"lrn": "L-1", "sentAt": "2026-12-09T07:00:00Z"}, "portCall": {"eta": "2026-12-14T14:00:00Z"}}""";

        assertThat(SampleDates.sentAt(filing, Instant.parse("2026-12-05T21:09:31.5Z"))).isEqualTo("""
                {"header":{"lrn":"L-1","sentAt":"2026-12-05T21:09:31.500Z"},"portCall":{"eta":"2026-12-14T14:00:00Z"}}""");
        assertThat(SampleDates.sentAt("{\"header\": ", Instant.EPOCH)).isEqualTo("{\"header\": ");
        assertThat(SampleDates.sentAt("[]", Instant.EPOCH)).isEqualTo("[]");
    }

    @Test
    void leavesATextThatIsNotJsonAsItIs() {
        assertThat(SampleDates.shiftJson("{\"eta\": \"2026-12-04T14:00:00Z\"", TEN_DAYS))
                .isEqualTo("{\"eta\": \"2026-12-04T14:00:00Z\"");
    }

    @Test
    void movesEdifactDatesButNotDatesOfBirth() {
        String interchange = """
                UNB+UNOC:3+MSC+PORTCULLIS+261129:2300+ICR1'
                DTM+137:202611292330:203'DTM+132:20261204140030:204'
                DTM+329:19800412:102'DTM+36:20261202:102'DTM+36:20260230:102'
                """;

        assertThat(SampleDates.shiftEdifact(interchange, TEN_DAYS)).isEqualTo("""
                UNB+UNOC:3+MSC+PORTCULLIS+261209:2300+ICR1'
                DTM+137:202612092330:203'DTM+132:20261214140030:204'
                DTM+329:19800412:102'DTM+36:20261212:102'DTM+36:20260230:102'
                """);
    }

    @Test
    void readsTheEtaOfAFiling() {
        assertThat(SampleDates.eta("{\"portCall\": {\"eta\": \"2026-12-04T15:00:00+01:00\"}}"))
                .contains(Instant.parse("2026-12-04T14:00:00Z"));
        assertThat(SampleDates.eta("{\"portCall\": {}}")).isEmpty();
        assertThat(SampleDates.eta("not json")).isEmpty();
    }
}
