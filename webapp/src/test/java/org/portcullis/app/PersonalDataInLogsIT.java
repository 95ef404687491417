package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * No personal data in the log: crew and passenger lists (with MRZs), a document whose MRZ has a wrong check digit, an
 * MRZ that is not one, a date of birth that is not a date and a crew member on the UN list go through the application
 * with Portcullis' own loggers at DEBUG, and no name, date of birth, document number or MRZ line of those filings
 * appears in anything the application wrote meanwhile.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsIT extends PortcullisIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CORPUS = Path.of("..", "messaging", "src", "test", "resources", "corpus", "json");
    private static final String CARRIER = "PERSONS";

    @Autowired
    private LoggingSystem loggingSystem;

    @BeforeEach
    void everythingPortcullisSays() {
        loggingSystem.setLogLevel("org.portcullis", LogLevel.DEBUG);
    }

    @AfterEach
    void backToTheConfiguredLevel() {
        loggingSystem.setLogLevel("org.portcullis", null);
    }

    @Test
    void namesDatesOfBirthDocumentNumbersAndMrzsOfFilingsNeverReachTheLog(CapturedOutput output) throws Exception {
        String lrn = MessageSequence.uniqueLrn("persons");
        List<ObjectNode> filings = new ArrayList<>();
        ObjectNode onBoard = filing("valid-persons-on-board.json", lrn + "-board");
        filings.add(onBoard);
        ObjectNode wrongCheckDigit = filing("valid-persons-on-board.json", lrn + "-check");
        ObjectNode document = (ObjectNode) wrongCheckDigit.withArray("passengers").get(0).get("travelDocument");
        document.put("mrz", document.get("mrz").asText().replaceAll("4$", "5"));
        filings.add(wrongCheckDigit);
        filings.add(filing("MRZ_INVALID.json", lrn + "-mrz"));
        filings.add(filing("SCHEMA_FORMAT--date-of-birth.json", lrn + "-born"));
        ObjectNode listed = filing("valid-persons-on-board.json", lrn + "-listed");
        ((ObjectNode) listed.withArray("crew").get(0)).put("familyName", "Sidorenko")
                .put("givenNames", "Ivan Petrovich").put("dateOfBirth", "1968-04-21").put("nationality", "RU")
                .remove("placeOfBirth");
        filings.add(listed);

        List<String> mrns = new ArrayList<>();
        try (CarrierClient carrier = carrier(CARRIER)) {
            for (int i = 0; i < filings.size(); i++) {
                carrier.send(JSON.writeValueAsString(filings.get(i)), lrn + "-m" + i);
            }
            for (int i = 0; i < filings.size(); i++) {
                CarrierClient.Notice answer = carrier.awaitNotice(i == 2 || i == 3 ? "REJECTED" : "ACCEPTED",
                        lrn + "-m" + i);
                if (answer.mrn() != null && !answer.mrn().isEmpty()) {
                    mrns.add(answer.mrn());
                }
            }
        }
        assertThat(mrns).hasSize(3);
        await().atMost(Duration.ofSeconds(60)).until(() -> mrns.stream().allMatch(this::assessed));
        // the listed crew member is screened by border police's assessment, whose matches are kept with it
        assertThat(jdbc.sql("select count(*) from agency_screening_match m join agency_assessment a "
                + "on a.id = m.assessment_id where a.mrn = ? and a.agency = 'border'").param(mrns.get(2))
                .query(Integer.class).single()).isPositive();

        Set<String> personal = personalValues(filings);
        assertThat(personal).contains("Eriksson", "1974-08-12", "L898902C3", "Sidorenko");
        String log = output.getAll();
        assertThat(log).contains(lrn);
        for (String value : personal) {
            assertThat(Pattern.compile("(?i)(?<![\\p{Alnum}])" + Pattern.quote(value) + "(?![\\p{Alnum}])")
                    .matcher(log).find()).as("the log shows %s", value).isFalse();
        }
    }

    private boolean assessed(String mrn) {
        return jdbc.sql("select count(*) from assessment where mrn = ?").param(mrn).query(Integer.class).single() > 0
                && jdbc.sql("select count(*) from agency_assessment where mrn = ? and agency = 'border'").param(mrn)
                        .query(Integer.class).single() > 0;
    }

    private static ObjectNode filing(String corpusFile, String lrn) throws Exception {
        ObjectNode filing = (ObjectNode) JSON.readTree(TestDates.arrivingAt(
                Files.readString(CORPUS.resolve(corpusFile)), TestDates.ETA));
        ((ObjectNode) filing.get("header")).put("lrn", lrn).remove("mrn");
        ((ObjectNode) filing.get("vessel")).put("imoNumber", uniqueImo());
        return filing;
    }

    /** Every name, date and place of birth, document number and MRZ line of the persons on board. */
    private static Set<String> personalValues(List<ObjectNode> filings) {
        Set<String> values = new LinkedHashSet<>();
        for (ObjectNode filing : filings) {
            for (String part : List.of("crew", "passengers")) {
                for (JsonNode person : filing.path(part)) {
                    for (String field : List.of("familyName", "givenNames", "dateOfBirth", "placeOfBirth")) {
                        addWords(values, person.path(field).asText(""));
                    }
                    values.add(person.path("travelDocument").path("number").asText(""));
                    values.add(person.path("guardian").path("documentNumber").asText(""));
                    for (String line : person.path("travelDocument").path("mrz").asText("").split("\n")) {
                        values.add(line.replaceAll("<+$", ""));
                    }
                }
            }
        }
        values.removeIf(value -> value.length() < 3);
        return values;
    }

    private static void addWords(Set<String> values, String text) {
        values.add(text);
        for (String word : text.split(" ")) {
            values.add(word);
        }
    }
}
