package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.portcullis.ledger.json.JsonText;
import org.portcullis.ledger.json.LogJson;
import org.portcullis.ledger.merkle.MerkleHash;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.ledger.sth.SignedTreeHead;
import org.portcullis.ledger.verify.LogChecks;
import org.portcullis.ledger.verify.Verify;

/**
 * The public log API as anyone without an account (a carrier or an auditor) sees it: a signed tree head, the
 * inclusion proof of a filing's leaf, the consistency of two tree heads and the keys, each checked with the ledger
 * module's verifier and the public key the application wrote at start, not with anything the server computes.
 */
class LogApiIT extends PortcullisIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFilingsLeafIsProvedInASignedTreeHeadThatAnyoneCanVerify() throws Exception {
        String messageId = UUID.randomUUID().toString();
        String filing = CarrierClient.sample("filing-green.json", "LRN-LOG-" + messageId.substring(0, 8));
        assertThat(file(messageId, filing).statusCode()).isEqualTo(201);
        String leaf = leafOf(messageId);
        assertThat(leaf).contains("\"kind\":\"MESSAGE_RECEIVED\"", "\"carrier\":\"POLL\"",
                "\"sha256\":\"" + HexFormat.of().formatHex(MerkleHash.sha256(filing.getBytes(StandardCharsets.UTF_8)))
                        + "\"");
        byte[] leafHash = MerkleHash.leaf(leaf.getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> proof = get("/api/v1/log/proof?leaf=" + HexFormat.of().formatHex(leafHash));
        assertThat(proof.statusCode()).isEqualTo(200);
        Map<String, Object> answer = json(proof.body());
        SignedTreeHead proofSth = LogJson.readSth(LogJson.object(answer, "sth"));
        assertThat(checks().inclusion(LogJson.readInclusion(LogJson.object(answer, "inclusion")), leafHash, proofSth))
                .isEmpty();

        SignedTreeHead latest = LogJson.readSth(LogJson.object(json(get("/api/v1/log/sth").body()), "sth"));
        assertThat(checks().sth(latest)).isEmpty();
        assertThat(latest.treeHead().treeSize()).isGreaterThanOrEqualTo(proofSth.treeHead().treeSize());
    }

    @Test
    void theAcceptedAnswerCarriesAReceiptTheVerifierToolAcceptsForTheFilingAsSent() throws Exception {
        String messageId = UUID.randomUUID().toString();
        String filing = CarrierClient.sample("filing-green.json", "LRN-RCPT-" + messageId.substring(0, 8));
        HttpResponse<String> accepted = file(messageId, filing);
        assertThat(json(accepted.body())).containsEntry("type", "ACCEPTED").containsKey("receipt");
        Path notice = Files.writeString(LEDGER_DIRECTORY.resolve(messageId + "-notice.json"), accepted.body());
        Path sent = Files.writeString(LEDGER_DIRECTORY.resolve(messageId + "-filing.json"), filing);
        Path other = Files.writeString(LEDGER_DIRECTORY.resolve(messageId + "-other.json"),
                filing.replace("LRN-", "XRN-"));

        assertThat(verifyTool("receipt", notice.toString(), "--message", sent.toString())).startsWith("0 ")
                .contains("OK: receipt verified");
        assertThat(verifyTool("receipt", notice.toString(), "--message", other.toString())).startsWith("1 ")
                .contains("NOT VERIFIED");
        Map<?, ?> receipt = (Map<?, ?>) json(accepted.body()).get("receipt");
        assertThat(polledReceipt(messageId)).isEqualTo(receipt.get("leaf"));
    }

    @Test
    void aNewerTreeHeadIsProvedConsistentWithAnOlderOne() throws Exception {
        SignedTreeHead older = LogJson.readSth(LogJson.object(json(get("/api/v1/log/sth").body()), "sth"));
        String messageId = UUID.randomUUID().toString();
        file(messageId, CarrierClient.sample("filing-green.json", "LRN-CON-" + messageId.substring(0, 8)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> LogJson.readSth(
                LogJson.object(json(get("/api/v1/log/sth").body()), "sth")).treeHead().treeSize()
                > older.treeHead().treeSize());

        Map<String, Object> answer = json(get("/api/v1/log/consistency?first=" + older.treeHead().treeSize()).body());
        SignedTreeHead newer = LogJson.readSth(LogJson.object(answer, "sth"));

        assertThat(checks().consistency(older, LogJson.readConsistency(LogJson.object(answer, "consistency")),
                newer)).isEmpty();
    }

    @Test
    void theRuleSetPutLiveAtStartIsALeafAndTheKeyServedIsTheOneOnDisk() throws Exception {
        assertThat(jdbc.sql("select count(*) from ledger_leaf where kind = 'RULE_SET_LIVE'").query(Integer.class)
                .single()).isPositive();
        HttpResponse<String> key = get("/api/v1/log/key");
        assertThat(key.statusCode()).isEqualTo(200);
        assertThat(LogKey.logId(LogKey.publicKey(Base64.getMimeDecoder().decode(key.body()
                .replaceAll("-----[A-Z ]+-----", ""))))).isEqualTo(LogKey.logId(publicKey()));
    }

    /**
     * An auditor holds no account of any kind: like a Certificate Transparency log, the log's endpoints answer
     * anyone, read-only (no leaf's data in them); anything else than reading still needs a carrier's account.
     */
    @Test
    void anAuditorWithNoAccountReadsTheKeysAndCannotWriteToTheLog() throws Exception {
        HttpResponse<String> keys = get("/api/v1/log/keys");
        assertThat(keys.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>) json(keys.body()).get("keys");
        assertThat(listed.get(0)).containsEntry("log_id", LogKey.logId(publicKey())).containsEntry("current", true);
        HttpResponse<String> handovers = get("/api/v1/log/handovers");
        assertThat(handovers.statusCode()).isEqualTo(200);
        assertThat(json(handovers.body())).as("no rotation yet").containsEntry("handovers", List.of());

        for (String path : List.of("/api/v1/log/sth", "/api/v1/log/proof?leaf=0", "/api/v1/log/consistency?first=0")) {
            assertThat(http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("POST " + path).isEqualTo(401);
        }
    }

    @Test
    void aCarrierGetsTheClearanceCertificateOfItsReleasedCaseAndVerifiesItOfflineWithTheTool() throws Exception {
        String messageId = UUID.randomUUID().toString();
        String imo = uniqueImo();
        HttpResponse<String> accepted = file(messageId, sample("filing-green.json", "LRN-CC-"
                + messageId.substring(0, 8), imo, TestDates.ETA));
        String mrn = (String) json(accepted.body()).get("mrn");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "ASSESSED".equals(caseStatus(mrn)));
        assertThat(post("/api/v1/filings/" + mrn + "/clearance-certificate").statusCode()).isEqualTo(409);
        try (PortCommunityClient pcs = portCommunity()) {
            pcs.send(PortCommunityClient.arrival("arrived-" + messageId, imo, "NLRTM", TestDates.ETA), messageId);
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "RELEASED".equals(caseStatus(mrn)));

        HttpResponse<String> issued = post("/api/v1/filings/" + mrn + "/clearance-certificate");
        assertThat(issued.statusCode()).isEqualTo(201);
        Map<String, Object> certificate = json(issued.body());
        assertThat(post("/api/v1/filings/" + mrn + "/clearance-certificate").body()).isEqualTo(issued.body());
        HttpResponse<String> read = get("/api/v1/certificates/" + certificate.get("id"));
        assertThat(read.statusCode()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from ledger_leaf "
                + "where kind = 'CERTIFICATE_ISSUED' and ref = ?").param("certificate/" + certificate.get("id"))
                .query(Integer.class).single() == 1);

        Path answer = Files.writeString(LEDGER_DIRECTORY.resolve(messageId + "-certificate.json"), read.body());
        String jws = (String) certificate.get("jws");
        String[] parts = jws.split("\\.");
        Path altered = Files.writeString(LEDGER_DIRECTORY.resolve(messageId + "-altered.jws"), parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(new String(Base64.getUrlDecoder()
                        .decode(parts[1]), StandardCharsets.UTF_8).replace(mrn, "26NL00000000000000")
                        .getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
        assertThat(verifyTool("verify-certificate", answer.toString())).startsWith("0 ")
                .contains("mrn: " + mrn, "logIndex: " + certificate.get("logIndex"), "OK: verify-certificate");
        assertThat(verifyTool("verify-certificate", altered.toString())).startsWith("1 ")
                .contains("FAILED: the signature does not verify", "NOT VERIFIED");
    }

    @Test
    void aQuestionTheLogCannotAnswerGetsACodeThePointerAndAHint() throws Exception {
        HttpResponse<String> malformed = get("/api/v1/log/proof?leaf=not-a-hash");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed.body())).containsEntry("code", "LOG_QUERY_INVALID").containsEntry("parameter", "leaf")
                .containsKey("hint");

        HttpResponse<String> unknown = get("/api/v1/log/proof?leaf=" + "ab".repeat(32));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown.body())).containsEntry("code", "LOG_LEAF_UNKNOWN");

        HttpResponse<String> beyond = get("/api/v1/log/consistency?first=999999999");
        assertThat(beyond.statusCode()).isEqualTo(400);
        assertThat(json(beyond.body())).containsEntry("parameter", "first");

        HttpResponse<String> neverSigned = get("/api/v1/log/consistency?first=0&second=999999999");
        assertThat(neverSigned.statusCode()).isEqualTo(400);
        assertThat(json(neverSigned.body())).containsEntry("parameter", "second");
    }

    /** The leaf quoted by the receipt of the ACCEPTED notice answering the message, as the HTTP outbox lists it. */
    private Object polledReceipt(String messageId) throws Exception {
        HttpResponse<String> polled = http.send(HttpRequest.newBuilder(uri("/api/v1/notices?limit=500"))
                .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString());
        List<?> notices = (List<?>) json(polled.body()).get("notices");
        return notices.stream().map(n -> (Map<?, ?>) n)
                .filter(n -> messageId.equals(n.get("correlationId")) && "ACCEPTED".equals(n.get("type")))
                .map(n -> ((Map<?, ?>) n.get("receipt")).get("leaf")).findFirst().orElseThrow();
    }

    /** The verifier as a carrier runs it: its own JVM, the public key file, no access to the application. */
    private static String verifyTool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", Path.of(Verify.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString(), Verify.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--key", LEDGER_DIRECTORY.resolve("log-public.pem").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue() + " " + output;
    }

    /** The leaf of the carrier's message, once it has its index. */
    private String leafOf(String messageId) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select leaf_data from ledger_leaf where ref = ?").param("message/POLL/" + messageId)
                .query(String.class).optional().orElse(null), leaf -> leaf != null);
    }

    private HttpResponse<String> file(String messageId, String filing) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/filings"))
                .header("Authorization", basic())
                .header("Message-Id", messageId).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(filing)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder()
                .encodeToString(("POLL:" + password("POLL")).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Without credentials: the log is public. */
    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static LogChecks checks() throws Exception {
        return new LogChecks(publicKey());
    }

    private static PublicKey publicKey() throws Exception {
        return LogKey.readPublic(LEDGER_DIRECTORY.resolve("log-public.pem"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) JsonText.parse(text);
    }
}
