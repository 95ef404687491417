package org.portcullis.messaging.filing;

import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.model.intake.CarrierMessage;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.CrewEffect;
import org.portcullis.model.filing.GuardianRelation;
import org.portcullis.model.filing.MessageFunction;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.model.filing.StoresItem;

class JsonFilingReaderTest {

    private static final Path SAMPLES = Path.of("..", "docs", "samples");
    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus", "json");

    private final JsonFilingReader reader = new JsonFilingReader(FilingJson.objectMapper(), new FilingSchema());

    @ParameterizedTest
    @ValueSource(strings = {"filing-green.json", "filing-vague-description.json", "filing-arms.json",
            "filing-watchlist-consignee.json"})
    void readsEverySampleFiling(String sample) throws IOException {
        assertThat(reader.read(Files.readAllBytes(SAMPLES.resolve(sample))))
                .isInstanceOf(FilingReadResult.Valid.class);
    }

    @Test
    void readsEveryPartOfTheGreenSample() throws IOException {
        Filing filing = valid(Files.readAllBytes(SAMPLES.resolve("filing-green.json")));

        assertThat(filing.header().lrn()).isEqualTo("MSC-NLRTM-2026-0001");
        assertThat(filing.header().function()).isEqualTo(MessageFunction.ORIGINAL);
        assertThat(filing.vessel().imoNumber().value()).isEqualTo("9839284");
        assertThat(filing.portCall().portOfCall().value()).isEqualTo("NLRTM");
        assertThat(filing.portCall().eta()).isEqualTo(Instant.parse("2026-12-04T14:00:00Z"));
        assertThat(filing.portCall().previousPorts()).hasSize(3);
        assertThat(filing.consignments()).hasSize(2);
        var consignment = filing.consignments().get(0);
        assertThat(consignment.consignee().country().value()).isEqualTo("NL");
        assertThat(consignment.goodsItems()).hasSize(2);
        assertThat(consignment.goodsItems().get(0).hsCode().value()).isEqualTo("940511");
        assertThat(consignment.containers().get(0).seals()).containsExactly("CN4471203");
    }

    @Test
    void aByteOrderMarkBeforeTheFilingIsIgnored() throws IOException {
        byte[] green = Files.readAllBytes(SAMPLES.resolve("filing-green.json"));
        byte[] marked = new byte[green.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(green, 0, marked, 3, green.length);

        assertThat(valid(marked)).isEqualTo(valid(green));
    }

    @Test
    void reportsEveryErrorOfTheInvalidSampleWithPointerAndHint() throws IOException {
        var errors = invalid(Files.readAllBytes(SAMPLES.resolve("filing-invalid.json")));

        assertThat(errors).extracting(ValidationError::code, ValidationError::pointer).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ErrorCode.SCHEMA_REQUIRED, "/portCall/eta"),
                org.assertj.core.groups.Tuple.tuple(ErrorCode.IMO_NUMBER_CHECK_DIGIT, "/vessel/imoNumber"),
                org.assertj.core.groups.Tuple.tuple(ErrorCode.HS_CODE_INVALID, "/consignments/0/goodsItems/0/hsCode"),
                org.assertj.core.groups.Tuple.tuple(ErrorCode.CONTAINER_NUMBER_CHECK_DIGIT,
                        "/consignments/0/containers/0/number"));
        assertThat(errors).allSatisfy(error -> {
            assertThat(error.message()).isNotBlank();
            assertThat(error.hint()).isEqualTo(error.code().hint());
        });
    }

    @Test
    void rejectsBodyThatIsNotJson() {
        var errors = invalid("<filing/>".getBytes(StandardCharsets.UTF_8));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_MESSAGE);
            assertThat(error.pointer()).isEmpty();
            assertThat(error.message()).contains("line 1");
        });
    }

    @Test
    void rejectsTruncatedJson() throws IOException {
        byte[] whole = Files.readAllBytes(SAMPLES.resolve("filing-green.json"));
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThat(invalid(truncated)).extracting(ValidationError::code).containsExactly(ErrorCode.MALFORMED_MESSAGE);
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] body = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};

        assertThat(invalid(body)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_MESSAGE);
            assertThat(error.message()).contains("UTF-8");
        });
    }

    @Test
    void rejectsDeeplyNestedDocumentWithoutExhaustingTheStack() {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);

        assertThat(invalid(nested.getBytes(StandardCharsets.UTF_8))).extracting(ValidationError::code)
                .containsExactly(ErrorCode.MALFORMED_MESSAGE);
    }

    @Test
    void namesUnknownElementsAndWrongTypes() {
        String json = """
                {"header": {"lrn": "L1", "function": "ORIGINAL", "colour": "red"},
                 "vessel": {"imoNumber": 9839284, "name": "X"},
                 "portCall": {"portOfCall": "NLRTM", "eta": "next tuesday"},
                 "consignments": []}
                """;

        assertThat(invalid(json.getBytes(StandardCharsets.UTF_8)))
                .extracting(ValidationError::code, ValidationError::pointer).contains(
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.SCHEMA_UNKNOWN_ELEMENT, "/header/colour"),
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.SCHEMA_TYPE, "/vessel/imoNumber"),
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.SCHEMA_FORMAT, "/portCall/eta"),
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.SCHEMA_ITEMS, "/consignments"));
    }

    @Test
    void storedDocumentReadsBackToTheSameFiling() throws IOException {
        Filing filing = valid(Files.readAllBytes(SAMPLES.resolve("filing-green.json")))
                .withTransport("msg-1", "MSCU");
        FilingDocuments documents = new FilingDocuments(FilingJson.objectMapper());

        String stored = documents.write(filing);

        assertThat(stored).doesNotContain("msg-1").doesNotContain("carrierId");
        assertThat(documents.read(stored, "msg-1", "MSCU")).isEqualTo(filing);
        assertThat(reader.read(stored.getBytes(StandardCharsets.UTF_8))).isInstanceOf(FilingReadResult.Valid.class);
    }

    @Test
    void readsEveryPartOfAFilingAndStoresItAsAValidDocument() throws IOException {
        Filing filing = valid(Files.readAllBytes(CORPUS.resolve("valid-every-part.json"))).withTransport("m", "MSC");

        assertThat(filing.crew()).hasSize(2).first().satisfies(master -> {
            assertThat(master.role()).isEqualTo(PersonRole.CREW);
            assertThat(master.rank()).isEqualTo("Master");
            assertThat(master.dateOfBirth()).isEqualTo(LocalDate.of(1980, 4, 12));
            assertThat(master.travelDocument().issuingState().value()).isEqualTo("NL");
        });
        assertThat(filing.passengers()).singleElement().satisfies(passenger -> {
            assertThat(passenger.role()).isEqualTo(PersonRole.PASSENGER);
            assertThat(passenger.portOfDisembarkation().value()).isEqualTo("NLRTM");
        });
        assertThat(filing.health().suspectedInfectiousDisease()).isFalse();
        assertThat(filing.shipStores()).extracting(StoresItem::unit).containsExactly("TNE", "PCE");
        assertThat(filing.crewEffects()).singleElement().extracting(CrewEffect::crewMember).isEqualTo("Jansen, Pieter");

        assertStoredFormReadsBackAndIsValid(filing);
    }

    @Test
    void readsMrzGuardianBookingDepartureAndSignOffsAndStoresThem() throws IOException {
        Filing filing = valid(Files.readAllBytes(CORPUS.resolve("valid-persons-on-board.json")))
                .withTransport("m", "MSC");

        assertThat(filing.portCall().etd()).isEqualTo(Instant.parse("2026-12-05T22:00:00Z"));
        assertThat(filing.crew().get(1).portOfEmbarkation().value()).isEqualTo("SGSIN");
        assertThat(filing.crew().get(1).embarkationDate()).isEqualTo(LocalDate.of(2026, 11, 11));
        var mother = filing.passengers().get(0);
        assertThat(mother.travelDocument().mrz()).startsWith("P<SWEERIKSSON<<ANNA<MARIA").contains("\n");
        assertThat(mother.booking().reference()).isEqualTo("BK7741");
        assertThat(mother.booking().oneWay()).isFalse();
        assertThat(filing.passengers().get(1).guardian().documentNumber()).isEqualTo("L898902C3");
        assertThat(filing.passengers().get(1).guardian().relation())
                .isEqualTo(GuardianRelation.PARENT);
        assertThat(filing.crewSignOffs()).singleElement().satisfies(signOff -> {
            assertThat(signOff.documentNumber()).isEqualTo("P1122334");
            assertThat(signOff.port().value()).isEqualTo("GBFXT");
        });

        assertStoredFormReadsBackAndIsValid(filing);
    }

    @Test
    void anMrzOfTheWrongShapeIsRefusedWithItsPointer() throws IOException {
        var errors = invalid(Files.readAllBytes(CORPUS.resolve("MRZ_INVALID.json")));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.MRZ_INVALID);
            assertThat(error.pointer()).isEqualTo("/passengers/0/travelDocument/mrz");
            assertThat(error.message()).contains("not 1 line(s) of 25");
        });
    }

    @Test
    void readsCancellationAndAnswerWithoutFilingParts() throws IOException {
        var cancellation = message("valid-cancellation.json");
        var answer = message("valid-information-response.json");

        assertThat(cancellation).isInstanceOfSatisfying(CarrierMessage.Cancellation.class, c -> {
            assertThat(c.header().function()).isEqualTo(MessageFunction.CANCELLATION);
            assertThat(c.reason()).isEqualTo("Voyage cancelled");
        });
        assertThat(answer).isInstanceOfSatisfying(CarrierMessage.InformationAnswer.class,
                a -> assertThat(a.answer()).startsWith("Item 1 is 420 cartons"));
    }

    @Test
    void refusesFilingPartsInACancellationOneByOne() throws IOException {
        var errors = invalid(Files.readAllBytes(CORPUS.resolve("SCHEMA_UNKNOWN_ELEMENT--cancellation-with-parts.json")));

        assertThat(errors).extracting(ValidationError::code, ValidationError::pointer).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ErrorCode.SCHEMA_UNKNOWN_ELEMENT, "/vessel"),
                org.assertj.core.groups.Tuple.tuple(ErrorCode.SCHEMA_UNKNOWN_ELEMENT, "/portCall"),
                org.assertj.core.groups.Tuple.tuple(ErrorCode.SCHEMA_UNKNOWN_ELEMENT, "/consignments"));
    }

    /** The stored form of the filing reads back to the same filing and is a valid filing document itself. */
    private void assertStoredFormReadsBackAndIsValid(Filing filing) {
        FilingDocuments documents = new FilingDocuments(FilingJson.objectMapper());
        String stored = documents.write(filing);
        assertThat(documents.read(stored, "m", "MSC")).isEqualTo(filing);
        assertThat(reader.read(stored.getBytes(StandardCharsets.UTF_8))).isInstanceOf(FilingReadResult.Valid.class);
    }

    private CarrierMessage message(String corpusFile) throws IOException {
        FilingReadResult result = reader.read(Files.readAllBytes(CORPUS.resolve(corpusFile)));
        assertThat(result).isInstanceOf(FilingReadResult.Valid.class);
        return ((FilingReadResult.Valid) result).message();
    }

    private Filing valid(byte[] body) {
        FilingReadResult result = reader.read(body);
        assertThat(result).isInstanceOf(FilingReadResult.Valid.class);
        return ((FilingReadResult.Valid) result).filing();
    }

    private java.util.List<ValidationError> invalid(byte[] body) {
        FilingReadResult result = reader.read(body);
        assertThat(result).isInstanceOf(FilingReadResult.Invalid.class);
        return ((FilingReadResult.Invalid) result).errors();
    }
}
