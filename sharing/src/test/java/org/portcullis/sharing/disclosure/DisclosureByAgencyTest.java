package org.portcullis.sharing.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.sharing.DemoAgencies.agencies;
import static org.portcullis.sharing.DemoAgencies.document;
import static org.portcullis.sharing.DemoAgencies.valuePointers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each demo agency's officers on the demo's filings (docs/samples, docs/examples): what the agreement does not
 * allow is absent from what they get, down to the values in the JSON text.
 */
class DisclosureByAgencyTest {

    private static final String PERSONS = "docs/examples/crew-passengers-health-part.json";
    private static final String PORT_ENTRY = "docs/examples/port-health-security-waste-part.json";
    private static final List<String> PASSPORT_NUMBERS = List.of("NLS123456", "P7788990", "A01234567");

    @Test
    void portHealthGetsHealthAndPersonsButNoTravelDocumentNumbers() {
        JsonNode persons = disclosed("health", PERSONS);
        JsonNode health = disclosed("health", PORT_ENTRY);

        assertThat(persons.toString()).doesNotContain(PASSPORT_NUMBERS);
        assertThat(valuePointers(persons)).noneMatch(p -> p.endsWith("/travelDocument/number"))
                .contains("/crew/0/familyName", "/crew/0/travelDocument/expiry", "/passengers/0/nationality",
                        "/health/personsIll")
                .noneMatch(p -> p.startsWith("/shipStores") || p.startsWith("/crewEffects"));
        assertThat(valuePointers(health)).contains("/health/illPersons/0/natureOfIllness",
                "/health/questions/illPersonsOnBoard/answer", "/health/sanitationCertificate/expiry")
                .noneMatch(p -> p.startsWith("/security") || p.startsWith("/waste"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/samples/filing-green.json", "docs/samples/filing-arms.json",
            "docs/samples/filing-watchlist-consignee.json", "docs/samples/filing-vague-description.json"})
    void portHealthGetsNoCargoAtAll(String sample) {
        assertThat(valuePointers(disclosed("health", sample))).allMatch(p -> p.startsWith("/header")
                || p.startsWith("/vessel") || p.startsWith("/portCall"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/samples/filing-green.json", "docs/samples/filing-arms.json",
            "docs/samples/filing-watchlist-consignee.json", "docs/samples/filing-vague-description.json"})
    void borderPoliceGetsNoCargoValuesNoGoodsAndNoParties(String sample) {
        JsonNode original = document(sample);
        List<String> seen = valuePointers(disclosed("border", sample));

        assertThat(seen).noneMatch(p -> p.contains("/goodsItems/") || p.contains("/consignor/")
                || p.contains("/consignee/") || p.contains("/notifyParty/"))
                .contains("/consignments/0/transportDocumentNumber", "/consignments/0/containers/0/number");
        assertThat(disclosed("border", sample).toString())
                .doesNotContain(original.at("/consignments/0/goodsItems/0/description").asText())
                .doesNotContain(original.at("/consignments/0/consignee/name").asText());
    }

    @Test
    void borderPoliceGetsPersonsInFullButNoHealth() {
        JsonNode persons = disclosed("border", PERSONS);

        assertThat(persons.toString()).contains(PASSPORT_NUMBERS);
        assertThat(valuePointers(persons)).contains("/crew/1/travelDocument/number", "/passengers/0/dateOfBirth")
                .noneMatch(p -> p.startsWith("/health"));
        assertThat(valuePointers(disclosed("border", PORT_ENTRY))).noneMatch(p -> p.startsWith("/health")
                || p.startsWith("/security") || p.startsWith("/waste"));
    }

    @Test
    void maritimeAuthorityGetsPortEntryAndDangerousGoodsButNoHealthDetailsNorPersons() {
        JsonNode portEntry = disclosed("maritime", PORT_ENTRY);
        JsonNode persons = disclosed("maritime", PERSONS);

        assertThat(valuePointers(portEntry)).contains("/security/certificate/expiry",
                "/security/shipSecurityOfficer/name", "/waste/wastes/0/maxStorageCapacity",
                "/portCall/previousPorts/1/additionalSecurityMeasures", "/health/crewOnBoard")
                .noneMatch(p -> p.startsWith("/health/illPersons") || p.startsWith("/health/questions")
                        || p.equals("/health/details") || p.startsWith("/health/sanitationCertificate"));
        assertThat(portEntry.toString()).doesNotContain("Fractured", "Santos");
        assertThat(valuePointers(persons)).noneMatch(p -> p.startsWith("/crew") || p.startsWith("/passengers")
                || p.startsWith("/health/personsIll"));
    }

    @Test
    void maritimeAuthorityGetsTheDangerousGoodsOfACargoFilingButNotTheGoods() {
        JsonNode fireworks = document("rules/scenarios/declared-fireworks-are-loaded.json").get("filing");
        List<String> seen = valuePointers(Disclosure.forAgencies(agencies(), Set.of("maritime")).document(fireworks));

        assertThat(seen).contains("/consignments/0/goodsItems/0/dangerousGoods/unNumber",
                "/consignments/0/goodsItems/0/sequence")
                .noneMatch(p -> p.endsWith("/description") || p.endsWith("/hsCode") || p.endsWith("/grossMassKg")
                        || p.contains("/consignee/"));
    }

    @Test
    void customsGetsEverythingButHealthDetails() {
        JsonNode persons = disclosed("customs", PERSONS);
        JsonNode portEntry = disclosed("customs", PORT_ENTRY);
        JsonNode green = disclosed("customs", "docs/samples/filing-green.json");

        assertThat(green).isEqualTo(document("docs/samples/filing-green.json"));
        assertThat(persons.toString()).contains(PASSPORT_NUMBERS);
        assertThat(valuePointers(portEntry)).contains("/health/personsIll", "/security/certificate/expiry",
                "/waste/delivery")
                .noneMatch(p -> p.startsWith("/health/illPersons") || p.startsWith("/health/questions")
                        || p.equals("/health/details"));
        assertThat(portEntry.toString()).doesNotContain("Fractured", "fractured", "CIRM");
    }

    @Test
    void anOfficerInTwoAgenciesSeesTheUnion() {
        JsonNode both = Disclosure.forGroups(agencies(), Set.of("health-officers", "border-officers"))
                .document(document(PORT_ENTRY));
        JsonNode persons = Disclosure.forGroups(agencies(), Set.of("health-officers", "border-officers"))
                .document(document(PERSONS));

        assertThat(valuePointers(both)).contains("/health/illPersons/0/name");
        assertThat(persons.toString()).contains(PASSPORT_NUMBERS);
    }

    @Test
    void anOfficerInNoAgencySeesNothing() {
        var disclosure = Disclosure.forGroups(agencies(), Set.of("ruleauthors"));

        assertThat(disclosure.isEmpty()).isTrue();
        assertThat(disclosure.document(document(PERSONS))).isEmpty();
    }

    @Test
    void fieldQueriesAnswerForColumnsBuiltFromTheModel() {
        var health = Disclosure.forGroups(agencies(), Set.of("health-officers"));
        var border = Disclosure.forGroups(agencies(), Set.of("border-supervisors"));

        assertThat(health.allows("/crew/*/travelDocument/number")).isFalse();
        assertThat(health.allows("/crew/3/familyName")).isTrue();
        assertThat(border.allows("/crew/*/travelDocument/number")).isTrue();
        assertThat(border.allows("/consignments/*/goodsItems/*/grossMassKg")).isFalse();
    }

    private static JsonNode disclosed(String agency, String repositoryPath) {
        JsonNode original = document(repositoryPath);
        JsonNode projected = Disclosure.forAgencies(agencies(), Set.of(agency)).document(original);
        assertThat(original).as("the stored document is not changed").isEqualTo(document(repositoryPath));
        return projected;
    }
}
