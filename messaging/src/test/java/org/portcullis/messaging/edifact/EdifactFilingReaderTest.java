package org.portcullis.messaging.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.portcullis.model.intake.CarrierMessage;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.model.intake.Locations;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.MessageFunction;

class EdifactFilingReaderTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus", "edifact");

    private final EdifactFilingReader reader = new EdifactFilingReader();

    @Test
    void readsACargoReportIntoTheSameModelAsJson() throws IOException {
        FilingReadResult.Valid valid = valid("valid-cuscar.edi");
        Filing filing = valid.filing();

        assertThat(filing.header().lrn()).isEqualTo("MSC-NLRTM-2026-0101");
        assertThat(filing.header().function()).isEqualTo(MessageFunction.ORIGINAL);
        assertThat(filing.header().sentAt()).isEqualTo(Instant.parse("2026-11-29T06:00:00Z"));
        assertThat(filing.vessel().imoNumber().value()).isEqualTo("9839284");
        assertThat(filing.vessel().name()).isEqualTo("MSC AURORA");
        assertThat(filing.vessel().flag().value()).isEqualTo("PA");
        assertThat(filing.portCall().voyageNumber()).isEqualTo("FL648W");
        assertThat(filing.portCall().portOfCall().value()).isEqualTo("NLRTM");
        assertThat(filing.portCall().eta()).isEqualTo(Instant.parse("2026-12-04T14:00:00Z"));
        assertThat(filing.portCall().nextPort().value()).isEqualTo("DEHAM");
        assertThat(filing.portCall().previousPorts()).singleElement().satisfies(visit -> {
            assertThat(visit.port().value()).isEqualTo("GBFXT");
            assertThat(visit.departure()).isEqualTo(Instant.parse("2026-12-02T18:00:00Z"));
        });
        var consignment = filing.consignments().get(0);
        assertThat(consignment.transportDocumentNumber()).isEqualTo("MEDUSH123456");
        assertThat(consignment.consignee().identifier()).isEqualTo("NL812345678");
        assertThat(consignment.consignee().address()).isEqualTo("Waalhaven 12, Rotterdam, 3089");
        assertThat(consignment.goodsItems()).extracting(g -> g.hsCode().value(), g -> g.description())
                .containsExactly(tuple("940511", "LED ceiling lamps, 230 V"),
                        tuple("850440", "LED drivers (power supplies) for lamps"));
        assertThat(consignment.goodsItems().get(1).grossMassKg()).isEqualByComparingTo("640.5");
        assertThat(consignment.containers().get(0).seals()).containsExactly("CN4471203");
        assertThat(valid.locations().of(Locations.Element.LRN)).isEqualTo("segment 2 BGM, element 2");
    }

    @Test
    void takesThePlaceOfArrivalForTheWholeMessageWhenTheTransportGroupNamesNone() throws IOException {
        // D.97B and later have LOC (and every directory DTM) at the message level; US CBP's ACE guide names the
        // port of arrival there
        String body = Files.readString(CORPUS.resolve("valid-cuscar.edi")).replace("CUSCAR:D:95B:UN", "CUSCAR:D:03B:UN")
                .replaceFirst("LOC\\+60\\+NLRTM'\\s*", "").replaceFirst("DTM\\+132:202612041400:203'\\s*", "")
                .replace("DTM+137:202611290600:203'",
                        "DTM+137:202611290600:203'DTM+132:202612041400:203'LOC+60+NLRTM'");

        FilingReadResult.Valid valid = (FilingReadResult.Valid) reader.read(body.getBytes(StandardCharsets.UTF_8));

        assertThat(valid.filing().portCall().portOfCall().value()).isEqualTo("NLRTM");
        assertThat(valid.filing().portCall().eta()).isEqualTo(Instant.parse("2026-12-04T14:00:00Z"));
        assertThat(valid.filing().portCall().previousPorts()).extracting(visit -> visit.port().value())
                .containsExactly("GBFXT");
        assertThat(valid.locations().of(Locations.Element.PORT_OF_CALL))
                .isEqualTo("segment 5 LOC, element 2, component 1");
        assertThat(valid.locations().of(Locations.Element.ETA)).isEqualTo("segment 4 DTM, element 1, component 2");
    }

    @Test
    void readsACrewListWithDocumentsAndACargoReportInOneInterchange() throws IOException {
        Filing crewList = valid("valid-paxlst-crew.edi").filing();
        assertThat(crewList.crew()).hasSize(2).first().satisfies(master -> {
            assertThat(master.familyName()).isEqualTo("JANSEN");
            assertThat(master.rank()).isEqualTo("Master");
            assertThat(master.dateOfBirth()).isEqualTo(LocalDate.of(1980, 4, 12));
            assertThat(master.placeOfBirth()).isEqualTo("Delft");
            assertThat(master.travelDocument().type()).isEqualTo("SEAFARERS_IDENTITY_DOCUMENT");
            assertThat(master.travelDocument().expiry()).isEqualTo(LocalDate.of(2030, 1, 31));
        });

        Filing both = valid("valid-cuscar-and-paxlst-in-one-interchange.edi").filing();
        assertThat(both.consignments()).hasSize(1);
        assertThat(both.crew()).hasSize(2);
    }

    @Test
    void readsACancellationWithItsReason() throws IOException {
        assertThat(valid("valid-cancellation.edi").message()).isInstanceOfSatisfying(CarrierMessage.Cancellation.class,
                c -> assertThat(c.reason()).isEqualTo("Cargo rolled over"));
    }

    @Test
    void pointsAtSegmentAndElementOfAWrongCheckDigit() throws IOException {
        String body = Files.readString(CORPUS.resolve("valid-paxlst-crew.edi"))
                .replace("9839284:146", "9839285:146");

        var errors = invalid(body);

        assertThat(errors).extracting(ValidationError::code, ValidationError::pointer)
                .containsExactly(tuple(ErrorCode.IMO_NUMBER_CHECK_DIGIT, "segment 4 TDT, element 8, component 1"));
    }

    @Test
    void pointsAtTheDocumentNumberMissingInDoc() throws IOException {
        String body = Files.readString(CORPUS.resolve("valid-paxlst-crew.edi")).replace("DOC+P+P7788990'", "DOC+P'");

        assertThat(invalid(body)).extracting(ValidationError::code, ValidationError::pointer)
                .contains(tuple(ErrorCode.EDIFACT_ELEMENT_MISSING, "segment 21 DOC, element 2, component 1"));
    }

    @Test
    void refusesWhatIsNotEdifact() {
        assertThat(invalid("{\"header\": {}}")).extracting(ValidationError::code)
                .containsExactly(ErrorCode.MALFORMED_MESSAGE);
    }

    private FilingReadResult.Valid valid(String file) throws IOException {
        FilingReadResult result = reader.read(Files.readAllBytes(CORPUS.resolve(file)));
        assertThat(result).as(result.toString()).isInstanceOf(FilingReadResult.Valid.class);
        return (FilingReadResult.Valid) result;
    }

    private java.util.List<ValidationError> invalid(String body) {
        FilingReadResult result = reader.read(body.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(FilingReadResult.Invalid.class);
        return ((FilingReadResult.Invalid) result).errors();
    }
}
