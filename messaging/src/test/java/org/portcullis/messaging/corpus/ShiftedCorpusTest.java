package org.portcullis.messaging.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.model.intake.CarrierMessage;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.messaging.sample.DateShift;
import org.portcullis.messaging.sample.SampleDates;
import org.portcullis.model.filing.Booking;
import org.portcullis.model.filing.CrewSignOff;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.PortVisit;
import org.portcullis.model.filing.TravelDocument;

/**
 * Every message of the corpus, every sample filing and every example of the docs, its dates moved as the demo and
 * the integration tests move them, reads as the same message with only its dates moved: date-times (sent at, ETA,
 * previous ports) by the shift's time, travel documents' expiry by its days, dates of birth not at all; a message
 * that is refused is refused with the same errors, one that is not JSON at all is left as it is.
 */
class ShiftedCorpusTest {

    /** The ETA moves by 107 days and 11 hours, onto the 108th day after its own: dates move by 108 days. */
    private static final Instant SAMPLE_ETA = Instant.parse("2026-12-04T14:00:00Z");
    private static final DateShift SHIFT = DateShift.movingEta(SAMPLE_ETA,
            SAMPLE_ETA.plus(Duration.ofDays(107)).plus(Duration.ofHours(11)));

    private final FilingReaders readers = Readers.all();

    static Stream<Path> messages() throws IOException {
        return Stream.of(ReaderCorpusTest.corpus(), ReaderCorpusTest.examples(),
                Files.list(Path.of("..", "docs", "samples")).filter(file -> file.toString().endsWith(".json")))
                .flatMap(files -> files).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void readsAsTheSameMessageWithItsDatesMoved(Path file) throws IOException {
        boolean edifact = file.toString().endsWith(".edi");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String shifted = edifact ? SampleDates.shiftEdifact(text, SHIFT) : SampleDates.shiftJson(text, SHIFT);

        if (!edifact && text.equals(shifted)) {
            assertThat(file.getFileName().toString()).startsWith("MALFORMED_MESSAGE");
            return;
        }
        FilingReadResult original = read(text, edifact);
        FilingReadResult moved = read(shifted, edifact);

        if (original instanceof FilingReadResult.Valid valid) {
            assertThat(moved).isInstanceOf(FilingReadResult.Valid.class);
            assertThat(((FilingReadResult.Valid) moved).message()).isEqualTo(moved(valid.message()));
        } else {
            assertThat(moved).isInstanceOf(FilingReadResult.Invalid.class);
            assertThat(errors(moved)).isEqualTo(errors(original));
        }
    }

    private FilingReadResult read(String text, boolean edifact) {
        return readers.forContentType(edifact ? FilingReaders.EDIFACT : FilingReaders.JSON).orElseThrow()
                .read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(FilingReadResult result) {
        return ((FilingReadResult.Invalid) result).errors().stream()
                .map(error -> error.code() + " " + error.pointer()).toList();
    }

    private static CarrierMessage moved(CarrierMessage message) {
        if (message instanceof CarrierMessage.Submission s) {
            return new CarrierMessage.Submission(moved(s.filing()), s.quotedMrn());
        }
        if (message instanceof CarrierMessage.Cancellation c) {
            return new CarrierMessage.Cancellation(moved(c.header()), c.quotedMrn(), c.reason());
        }
        CarrierMessage.InformationAnswer a = (CarrierMessage.InformationAnswer) message;
        return new CarrierMessage.InformationAnswer(moved(a.header()), a.quotedMrn(), a.answer());
    }

    private static Filing moved(Filing f) {
        PortCall call = f.portCall();
        PortCall movedCall = new PortCall(call.voyageNumber(), call.portOfCall(), moved(call.eta()), call.nextPort(),
                call.securityLevel(), call.previousPorts().stream().map(visit -> new PortVisit(visit.port(),
                        moved(visit.arrival()), moved(visit.departure()), visit.securityLevel(),
                        visit.additionalSecurityMeasures())).toList(), moved(call.etd()));
        return new Filing(moved(f.header()), f.vessel(), movedCall, f.consignments(), moved(f.crew()),
                moved(f.passengers()), PortEntryDates.moved(f.health(), SHIFT), f.shipStores(), f.crewEffects(),
                f.crewSignOffs().stream().map(s -> new CrewSignOff(s.familyName(), s.givenNames(),
                        s.documentNumber(), s.port(), moved(s.date()))).toList(),
                PortEntryDates.moved(f.security(), SHIFT), PortEntryDates.moved(f.waste(), SHIFT),
                f.unmappedSegments(), f.certificates());
    }

    private static FilingHeader moved(FilingHeader h) {
        return new FilingHeader(h.lrn(), h.messageId(), h.carrierId(), h.function(), moved(h.sentAt()));
    }

    private static List<Person> moved(List<Person> persons) {
        return persons.stream().map(p -> new Person(p.role(), p.familyName(), p.givenNames(), p.sex(),
                p.dateOfBirth(), p.placeOfBirth(), p.countryOfBirth(), p.nationality(), moved(p.travelDocument()),
                p.rank(), p.portOfEmbarkation(), p.portOfDisembarkation(), p.transit(), moved(p.embarkationDate()),
                p.guardian(), p.booking() == null ? null : new Booking(p.booking().reference(),
                        moved(p.booking().bookedOn()), p.booking().paymentMethod(), p.booking().oneWay()))).toList();
    }

    /**
     * A travel document's expiry moves; its MRZ, like every other text, is left as written, and so are ship
     * certificates, whose dates their issuer signed.
     */
    private static TravelDocument moved(TravelDocument d) {
        return d == null || d.expiry() == null ? d
                : new TravelDocument(d.type(), d.number(), d.issuingState(), SHIFT.apply(d.expiry()), d.mrz());
    }

    private static LocalDate moved(LocalDate date) {
        return date == null ? null : SHIFT.apply(date);
    }

    private static Instant moved(Instant instant) {
        return instant == null ? null : SHIFT.apply(instant);
    }
}
