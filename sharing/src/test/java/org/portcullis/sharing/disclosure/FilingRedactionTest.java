package org.portcullis.sharing.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.portcullis.sharing.DemoAgencies.agencies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.Person;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.sharing.DemoAgencies;

/** The filing as each demo agency's officers get it on pages built from the model (the case file). */
class FilingRedactionTest {

    private static final Filing PERSONS = read("docs/examples/crew-passengers-health-part.json");
    private static final Filing ARMS = read("docs/samples/filing-arms.json");
    private static final Filing FIREWORKS = parse(DemoAgencies.document(
            "rules/scenarios/declared-fireworks-are-loaded.json").get("filing").toString().getBytes(UTF_8));

    @Test
    void portHealthSeesPersonsAndHealthButNoTravelDocumentNumberAndNoCargo() {
        Filing seen = FilingRedaction.redact(PERSONS, disclosure("health"));

        assertThat(seen.crew()).isNotEmpty().allSatisfy(person -> assertThat(person.travelDocument() == null
                || person.travelDocument().number() == null).isTrue());
        assertThat(seen.crew()).extracting(Person::familyName).isEqualTo(PERSONS.crew().stream()
                .map(Person::familyName).toList());
        assertThat(seen.health()).isEqualTo(PERSONS.health());
        assertThat(FilingRedaction.redact(ARMS, disclosure("health")).consignments()).isEmpty();
    }

    @Test
    void maritimeAuthoritySeesDangerousGoodsWithoutDescriptionsPartiesOrPersons() {
        Filing seen = FilingRedaction.redact(FIREWORKS, disclosure("maritime"));

        assertThat(seen.consignments()).isNotEmpty().allSatisfy(consignment -> {
            assertThat(consignment.consignor()).isNull();
            assertThat(consignment.consignee()).isNull();
            assertThat(consignment.goodsItems()).extracting(GoodsItem::description).containsOnly("");
            assertThat(consignment.goodsItems()).extracting(GoodsItem::hsCode).containsOnlyNulls();
        });
        assertThat(seen.consignments().get(0).goodsItems()).anySatisfy(item ->
                assertThat(item.dangerousGoods()).isNotNull());
        assertThat(FilingRedaction.redact(PERSONS, disclosure("maritime")).crew()).isEmpty();
        assertThat(FilingRedaction.redact(PERSONS, disclosure("maritime")).health()).isNull();
    }

    @Test
    void borderPoliceSeesPersonsInFullAndOfTheCargoOnlyBillsPlacesAndContainers() {
        assertThat(FilingRedaction.redact(PERSONS, disclosure("border")).crew()).isEqualTo(PERSONS.crew());

        Filing seen = FilingRedaction.redact(ARMS, disclosure("border"));
        assertThat(seen.consignments()).isNotEmpty().allSatisfy(consignment -> {
            assertThat(consignment.goodsItems()).isEmpty();
            assertThat(consignment.consignee()).isNull();
            assertThat(consignment.placeOfLoading()).isNotNull();
            assertThat(consignment.containers()).isNotEmpty();
        });
    }

    @Test
    void customsSeesEverythingButTheHealthDetails() {
        Filing seen = FilingRedaction.redact(PERSONS, disclosure("customs"));

        assertThat(seen.crew()).isEqualTo(PERSONS.crew());
        assertThat(seen.health().details()).isNull();
        assertThat(seen.health().personsIll()).isEqualTo(PERSONS.health().personsIll());
        assertThat(FilingRedaction.redact(ARMS, disclosure("customs")).consignments()).isEqualTo(ARMS.consignments());
    }

    private static Disclosure disclosure(String agency) {
        return Disclosure.forAgencies(agencies(), Set.of(agency));
    }

    private static Filing read(String repositoryPath) {
        try {
            return parse(Files.readAllBytes(Path.of("..").resolve(repositoryPath)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Filing parse(byte[] json) {
        return ((FilingReadResult.Valid) FilingReaders.standard().read(FilingReaders.JSON, json)).filing();
    }
}
