package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.generated.client.ApiClient;
import org.portcullis.generated.client.ApiException;
import org.portcullis.generated.client.api.FilingsApi;
import org.portcullis.generated.client.api.NoticesApi;
import org.portcullis.generated.client.model.Filing;
import org.portcullis.generated.client.model.Notice;

/**
 * A carrier's Java client as openapi-generator writes it from docs/openapi.json (generated in the build): it files,
 * reads the answer as a typed notice, finds it in its outbox and reads its case, and gets a refusal as HTTP 422.
 */
class GeneratedCarrierClientIT extends PortcullisIntegrationTest {

    private ApiClient client;

    @BeforeEach
    void signIn() {
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String basic = Base64.getEncoder().encodeToString("POLL:poll-secret".getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
    }

    @Test
    void generatedClientFilesAndReadsTheAnswerTheOutboxAndTheCase() throws Exception {
        String lrn = "generated-" + UUID.randomUUID().toString().substring(0, 8);
        Filing filing = client.getObjectMapper().readValue(CarrierClient.sample("filing-green.json", lrn),
                Filing.class);

        Notice answer = new FilingsApi(client).callFile(lrn + "-m1", filing);

        assertThat(answer.getType()).hasToString("ACCEPTED");
        assertThat(answer.getLrn()).isEqualTo(lrn);
        assertThat(new NoticesApi(client).unacknowledged(500).getNotices())
                .anySatisfy(notice -> assertThat(notice.getNoticeId()).isEqualTo(answer.getNoticeId()));
        assertThat(new FilingsApi(client).filing(answer.getMrn()).getLrns()).containsExactly(lrn);
    }

    @Test
    void generatedClientGetsARefusalAsHttp422WithTheNotice() throws Exception {
        String lrn = "generated-" + UUID.randomUUID().toString().substring(0, 8);
        Filing filing = client.getObjectMapper().readValue(CarrierClient.sample("filing-green.json", lrn)
                .replace("9839284", "9839285"), Filing.class);

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new FilingsApi(client).callFile(lrn + "-m1", filing));

        assertThat(refused.getCode()).isEqualTo(422);
        Notice notice = client.getObjectMapper().readValue(refused.getResponseBody(), Notice.class);
        assertThat(notice.getType()).hasToString("REJECTED");
        assertThat(notice.getErrors()).anySatisfy(error -> assertThat(error.getCode())
                .isEqualTo("IMO_NUMBER_CHECK_DIGIT"));
    }
}
