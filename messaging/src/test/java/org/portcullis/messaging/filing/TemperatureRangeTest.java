package org.portcullis.messaging.filing;

import org.portcullis.model.intake.FilingReadResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.TemperatureRange;

/** The optional temperature range of temperature-controlled goods: read, kept when stored, checked for order. */
class TemperatureRangeTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus", "json");

    private final JsonFilingReader reader = new JsonFilingReader(FilingJson.objectMapper(), new FilingSchema());
    private final FilingDocuments documents = new FilingDocuments(FilingJson.objectMapper());

    @Test
    void readsTheDeclaredRangeAndKeepsItInTheStoredDocument() throws IOException {
        Filing filing = read("valid-reefer-goods-with-temperature-range.json");

        TemperatureRange range = filing.consignments().get(1).goodsItems().get(0).temperatureRange();
        assertThat(range).isEqualTo(new TemperatureRange(new BigDecimal("13"), new BigDecimal("14.5")));
        assertThat(filing.consignments().get(0).goodsItems().get(0).temperatureRange()).isNull();
        String stored = documents.write(filing);
        assertThat(stored).contains("\"temperatureRange\":{\"minCelsius\":13,\"maxCelsius\":14.5}");
        assertThat(documents.read(stored, "m", "MSC")).isEqualTo(filing.withTransport("m", "MSC"));
    }

    @Test
    void minimumAboveMaximumIsRefusedAtTheMaximum() throws IOException {
        FilingReadResult result = reader.read(Files.readAllBytes(
                CORPUS.resolve("SCHEMA_RANGE--temperature-range-reversed.json")));

        assertThat(result).isInstanceOf(FilingReadResult.Invalid.class);
        assertThat(((FilingReadResult.Invalid) result).errors())
                .extracting(ValidationError::code, ValidationError::pointer)
                .containsExactly(tuple(ErrorCode.SCHEMA_RANGE,
                        "/consignments/1/goodsItems/0/temperatureRange/maxCelsius"));
    }

    private Filing read(String name) throws IOException {
        FilingReadResult result = reader.read(Files.readAllBytes(CORPUS.resolve(name)));
        assertThat(result).as(result.toString()).isInstanceOf(FilingReadResult.Valid.class);
        return ((FilingReadResult.Valid) result).filing();
    }
}
