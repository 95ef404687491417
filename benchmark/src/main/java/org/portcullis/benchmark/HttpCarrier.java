package org.portcullis.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A carrier that files over HTTP ({@code POST /api/v1/filings}, signed in with its account) to one node chosen by its
 * port, and keeps every answer by message id: the HTTP status and the notice's type and MRN. A second send of a
 * message id keeps the first answer and records the repeat's apart.
 */
final class HttpCarrier implements FilingSender {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a node answered to one message. */
    record Answer(int status, String type, String mrn) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String filings;
    private final String authorization;
    private final Map<String, Answer> answers;
    private final Map<String, Answer> repeats;

    HttpCarrier(int port, String carrierId, String password) {
        this(port, carrierId, password, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    private HttpCarrier(int port, String carrierId, String password, Map<String, Answer> answers,
            Map<String, Answer> repeats) {
        this.filings = "http://127.0.0.1:" + port + "/api/v1/filings";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((carrierId + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.answers = answers;
        this.repeats = repeats;
    }

    /** The same carrier filing to another node, sharing this one's answers. */
    HttpCarrier at(int port, String carrierId, String password) {
        return new HttpCarrier(port, carrierId, password, answers, repeats);
    }

    @Override
    public void send(String messageId, String body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(filings)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .header("Message-Id", messageId).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Answer answer = answer(response);
            if (answers.putIfAbsent(messageId, answer) != null) {
                repeats.put(messageId, answer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + messageId + " from " + filings, e);
        }
    }

    private static Answer answer(HttpResponse<String> response) {
        try {
            JsonNode notice = JSON.readTree(response.body());
            return new Answer(response.statusCode(), notice.path("type").asText(null), notice.path("mrn").asText(null));
        } catch (IOException notJson) {
            return new Answer(response.statusCode(), null, null);
        }
    }

    @Override
    public int retriedSends() {
        return 0;
    }

    /** The first answer to {@code messageId}, or null. */
    Answer answer(String messageId) {
        return answers.get(messageId);
    }

    /** The answer to the repeat of {@code messageId}, or null when it was not sent again. */
    Answer repeat(String messageId) {
        return repeats.get(messageId);
    }
}
