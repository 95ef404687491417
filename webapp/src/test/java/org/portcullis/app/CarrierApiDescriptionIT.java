package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description a carrier's tools read (/v3/api-docs): the filing body in both formats, every answer the
 * API gives with the notice as its type, the required Message-Id, and bodies typed by the published JSON Schemas.
 */
class CarrierApiDescriptionIT extends PortcullisIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTICE = "#/components/schemas/Notice";
    private static final String FILING = "#/components/schemas/Filing";

    /** The description as published for client generators (the build generates its test client from it). */
    private static final Path PUBLISHED = Path.of("..", "docs", "openapi.json");

    private final HttpClient http = HttpClient.newHttpClient();
    private JsonNode docs;

    @BeforeEach
    void readDescription() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        docs = JSON.readTree(response.body());
    }

    @Test
    void publishedDescriptionIsTheOneServed() throws Exception {
        Path current = Path.of("target", "openapi.json");
        Files.writeString(current, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(docs) + "\n");

        assertThat(JSON.readTree(Files.readString(PUBLISHED))).as("docs/openapi.json differs from the served "
                + "description; the served one is in webapp/target/openapi.json").isEqualTo(docs);
    }

    @Test
    void filingTakesAJsonDocumentOrAnEdifactInterchangeAndARequiredMessageId() {
        JsonNode post = docs.at("/paths/~1api~1v1~1filings/post");

        assertThat(post.at("/requestBody/required").asBoolean()).isTrue();
        assertThat(post.at("/requestBody/content/application~1json/schema/$ref").asText()).isEqualTo(FILING);
        assertThat(post.at("/requestBody/content/application~1edifact/schema/type").asText()).isEqualTo("string");
        assertThat(post.path("parameters").findParents("name")).filteredOn(p -> p.path("name").asText()
                .equals("Message-Id")).singleElement().satisfies(p -> {
                    assertThat(p.path("in").asText()).isEqualTo("header");
                    assertThat(p.path("required").asBoolean()).isTrue();
                });
    }

    @Test
    void everyAnswerOfTheFilingApiIsANotice() {
        JsonNode responses = docs.at("/paths/~1api~1v1~1filings/post/responses");

        assertThat(responses.fieldNames()).toIterable().containsExactlyInAnyOrder("200", "201", "413", "422");
        responses.forEach(response -> assertThat(response.at("/content/application~1json/schema/$ref").asText())
                .isEqualTo(NOTICE));
        assertThat(responses.at("/201/headers/Location/schema/type").asText()).isEqualTo("string");
    }

    @Test
    void noticeListsAndCaseViewsAreTypedByThePublishedSchemas() {
        JsonNode schemas = docs.at("/components/schemas");

        assertThat(schemas.at("/NoticeList/properties/notices/type").asText()).isEqualTo("array");
        assertThat(schemas.at("/NoticeList/properties/notices/items/$ref").asText()).isEqualTo(NOTICE);
        assertThat(schemas.at("/FilingView/properties/filing/$ref").asText()).isEqualTo(FILING);
        assertThat(schemas.at("/Notice/required")).extracting(JsonNode::asText).contains("noticeId", "type");
        assertThat(schemas.at("/Notice/properties/type/enum")).extracting(JsonNode::asText)
                .contains("ACCEPTED", "REJECTED");
        assertThat(schemas.at("/Filing/properties/header/required")).extracting(JsonNode::asText).contains("lrn");
    }

    @Test
    void everyReferenceNamesAComponentTheDescriptionHas() {
        List<String> refs = new ArrayList<>();
        collectRefs(docs, refs);

        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/components/schemas/");
            assertThat(docs.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        });
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }
}
