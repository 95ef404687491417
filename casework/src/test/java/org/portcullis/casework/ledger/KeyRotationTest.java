package org.portcullis.casework.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.ledger.EntryKind;
import org.portcullis.ledger.LogEntry;
import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.json.JsonText;
import org.portcullis.ledger.json.LogJson;
import org.portcullis.ledger.sth.LogKey;
import org.portcullis.ledger.sth.SignedTreeHead;
import org.portcullis.ledger.verify.LogChecks;
import org.portcullis.ledger.verify.Verify;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The key rotation docs/ledger.md describes: the log runs with key A, is restarted with a new key B (A retired), and
 * grows. Tree heads signed before keep A's signature and verify with A only, new ones with B only; the consistency
 * proof across the switch holds with each head checked by its own key; the key list serves both.
 */
class KeyRotationTest {

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final JdbcClient jdbc = database.jdbc();
    private final LedgerRepository repository = new LedgerRepository(jdbc);
    private final LogKey oldKey = LogKey.generate();
    private final LogKey newKey = LogKey.generate();

    @Test
    void treeHeadsBeforeTheRotationVerifyWithTheOldKeyAndLaterOnesWithTheNew() {
        Node before = node(oldKey, RetiredLogKeys.NONE);
        append(5);
        before.sequencer.sequence();
        SignedTreeHead older = before.tree.signedHead();

        Node after = node(newKey, new RetiredLogKeys(List.of(oldKey.publicKey())));
        assertThat(LogJson.sth(after.tree.signedHead())).as("no new leaf: the last head stays as A signed it")
                .isEqualTo(LogJson.sth(older));
        append(3);
        after.sequencer.sequence();
        SignedTreeHead newer = after.tree.signedHead();

        assertThat(newer.treeHead().treeSize()).isEqualTo(8);
        assertThat(new LogChecks(oldKey.publicKey()).sth(older)).isEmpty();
        assertThat(new LogChecks(newKey.publicKey()).sth(older)).isNotEmpty();
        assertThat(new LogChecks(newKey.publicKey()).sth(newer)).isEmpty();
        assertThat(new LogChecks(oldKey.publicKey()).sth(newer)).isNotEmpty();
        assertThat(repository.treeHead(5).map(LogJson::sth)).contains(LogJson.sth(older));

        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) JsonText.parse(after.publicLog.consistency(5, null));
        LogChecks bothKeys = new LogChecks(List.of(newKey.publicKey(), oldKey.publicKey()));
        assertThat(bothKeys.consistency(older, LogJson.readConsistency(LogJson.object(answer, "consistency")),
                LogJson.readSth(LogJson.object(answer, "sth")))).isEmpty();
        assertThat(new LogChecks(newKey.publicKey()).consistency(older, LogJson.readConsistency(
                LogJson.object(answer, "consistency")), newer)).as("the old head needs the old key").isNotEmpty();
    }

    /**
     * The procedure of docs/ledger.md as an operator runs it: the key files named by the production profile's
     * environment variables, a new pair made with the documented OpenSSL commands, the old public key kept and named
     * as retired, a restart. A receipt given before the rotation still verifies with the verifier tool and the old key
     * (and not with the new one); the same leaf's receipt asked for after verifies with the new key; consistency from
     * the old receipt's tree head to the new head verifies with both keys given, not with the new one alone.
     */
    @Test
    void aRotationAsDocumentedKeepsOldReceiptsVerifiableWithTheOldKeyAndNewHeadsWithTheNew(@TempDir Path dir)
            throws Exception {
        Path keyFile = dir.resolve("log-key.pem");
        Path publicKeyFile = dir.resolve("log-public.pem");
        oldKey.write(keyFile, publicKeyFile);
        Map<String, Object> environment = new HashMap<>(Map.of("PORTCULLIS_LEDGER_KEY_FILE", keyFile.toString(),
                "PORTCULLIS_LEDGER_PUBLIC_KEY_FILE", publicKeyFile.toString(), "PORTCULLIS_LEDGER_GENERATE_KEY",
                "false"));
        Node before = node(environment);
        String ref = LedgerEntries.messageRef("MSC", "before-the-rotation");
        repository.addPending("MESSAGE_RECEIVED", ref, new LogEntry(EntryKind.MESSAGE_RECEIVED, Instant.now(),
                Map.of("carrier", "MSC", "messageId", "before-the-rotation")).text(), Instant.now());
        append(2);
        Path oldReceipt = Files.writeString(dir.resolve("old-receipt.json"), before.publicLog.receipt(ref)
                .orElseThrow());

        Path oldPublicKeyFile = Files.copy(publicKeyFile, dir.resolve("old-public.pem"));
        openssl("genpkey", "-algorithm", "ed25519", "-out", keyFile.toString());
        openssl("pkey", "-in", keyFile.toString(), "-pubout", "-out", publicKeyFile.toString());
        environment.put("PORTCULLIS_LEDGER_RETIREDPUBLICKEYFILES_0_", oldPublicKeyFile.toString());
        Node after = node(environment);
        append(3);
        after.sequencer.sequence();

        assertThat(LogKey.logId(after.tree.current().key().publicKey())).as("the key the restarted node signs with")
                .isEqualTo(LogKey.logId(LogKey.readPublic(publicKeyFile))).isNotEqualTo(oldKey.logId());
        assertThat(verify("receipt", oldReceipt, "--key", oldPublicKeyFile)).startsWith("0 ");
        assertThat(verify("receipt", oldReceipt, "--key", publicKeyFile)).startsWith("1 ");
        Path newReceipt = Files.writeString(dir.resolve("new-receipt.json"), after.publicLog.receipt(ref)
                .orElseThrow());
        assertThat(verify("receipt", newReceipt, "--key", publicKeyFile)).startsWith("0 ");
        long oldSize = LogJson.readSth(LogJson.object(json(oldReceipt), "sth")).treeHead().treeSize();
        Path consistency = Files.writeString(dir.resolve("consistency.json"), after.publicLog.consistency(oldSize,
                null));
        assertThat(verify("consistency", oldReceipt, consistency, "--key", oldPublicKeyFile, "--key", publicKeyFile))
                .startsWith("0 ");
        assertThat(verify("consistency", oldReceipt, consistency, "--key", publicKeyFile)).startsWith("1 ");
        assertThat(after.publicLog.keys()).contains(oldKey.logId());
        assertThat(after.publicLog.handovers()).as("no previous private key given: no handover")
                .isEqualTo("{\"handovers\":[]}");
    }

    /**
     * The handover of docs/ledger.md: the first start after the rotation is also given the previous private key. The
     * old key's last tree head is handed over to the new key; a verifier holding only the old public key then accepts
     * the new key's receipts, tree heads and consistency proofs with the handovers the log publishes, and refuses a
     * head signed with an unrelated key. The handover is made once, however often the nodes start with it.
     */
    @Test
    void theFirstStartWithThePreviousKeyHandsTheLogOverSoTheOldKeyAloneFollowsIt(@TempDir Path dir)
            throws Exception {
        Path keyFile = dir.resolve("log-key.pem");
        Path publicKeyFile = dir.resolve("log-public.pem");
        Path oldKeyFile = dir.resolve("old-key.pem");
        Path oldPublicKeyFile = dir.resolve("old-public.pem");
        oldKey.write(oldKeyFile, oldPublicKeyFile);
        newKey.write(keyFile, publicKeyFile);
        Node before = node(oldKey, RetiredLogKeys.NONE);
        append(4);
        before.sequencer.sequence();
        SignedTreeHead lastOld = before.tree.signedHead();
        Map<String, Object> environment = new HashMap<>(Map.of("PORTCULLIS_LEDGER_KEY_FILE", keyFile.toString(),
                "PORTCULLIS_LEDGER_PUBLIC_KEY_FILE", publicKeyFile.toString(), "PORTCULLIS_LEDGER_GENERATE_KEY",
                "false", "PORTCULLIS_LEDGER_RETIREDPUBLICKEYFILES_0_", oldPublicKeyFile.toString(),
                "PORTCULLIS_LEDGER_PREVIOUSKEYFILE", oldKeyFile.toString()));

        Node after = node(environment);
        assertThat(after.handovers.handOver()).hasValueSatisfying(handover -> {
            assertThat(handover.oldLogId()).isEqualTo(oldKey.logId());
            assertThat(handover.newLogId()).isEqualTo(newKey.logId());
            assertThat(LogJson.sth(handover.lastHead())).isEqualTo(LogJson.sth(lastOld));
        });
        String ref = LedgerEntries.messageRef("MSC", "after-the-rotation");
        repository.addPending("MESSAGE_RECEIVED", ref, new LogEntry(EntryKind.MESSAGE_RECEIVED, Instant.now(),
                Map.of("carrier", "MSC", "messageId", "after-the-rotation")).text(), Instant.now());
        append(2);
        Path receipt = Files.writeString(dir.resolve("receipt.json"), after.publicLog.receipt(ref).orElseThrow());
        Path handovers = Files.writeString(dir.resolve("handovers.json"), after.publicLog.handovers());
        Path consistency = Files.writeString(dir.resolve("consistency.json"), after.publicLog.consistency(4, null));
        Path older = Files.writeString(dir.resolve("older.json"), LogJson.sth(lastOld));

        assertThat(verify("receipt", receipt, "--key", oldPublicKeyFile, "--handover", handovers)).startsWith("0 ");
        assertThat(verify("receipt", receipt, "--key", oldPublicKeyFile)).as("without the handover").startsWith("1 ");
        assertThat(verify("consistency", older, consistency, "--key", oldPublicKeyFile, "--handover", handovers))
                .startsWith("0 ");
        assertThat(verify("handover", handovers, "--key", oldPublicKeyFile)).startsWith("0 ")
                .contains("to log " + newKey.logId() + " at tree size 4");
        Path stranger = Files.writeString(dir.resolve("stranger.json"), LogJson.sth(new TransparencyLog(
                LogKey.generate()).signHead(0, 1)));
        assertThat(verify("sth", stranger, "--key", oldPublicKeyFile, "--handover", handovers)).startsWith("1 ");

        Node again = node(environment);
        assertThat(again.handovers.handOver().map(LogJson::handover)).as("made once: the stored one")
                .isEqualTo(after.handovers.handOver().map(LogJson::handover));
        assertThat(jdbc.sql("select count(*) from ledger_key_handover").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPreviousKeyThatIsNoRetiredKeyOfTheLogIsRefused(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("log-key.pem");
        Path publicKeyFile = dir.resolve("log-public.pem");
        newKey.write(keyFile, publicKeyFile);
        LogKey.generate().write(dir.resolve("stranger-key.pem"), dir.resolve("stranger-public.pem"));
        oldKey.write(dir.resolve("old-key.pem"), dir.resolve("old-public.pem"));

        Node node = node(Map.of("PORTCULLIS_LEDGER_KEY_FILE", keyFile.toString(), "PORTCULLIS_LEDGER_PUBLIC_KEY_FILE",
                publicKeyFile.toString(), "PORTCULLIS_LEDGER_RETIREDPUBLICKEYFILES_0_",
                dir.resolve("old-public.pem").toString(), "PORTCULLIS_LEDGER_PREVIOUSKEYFILE",
                dir.resolve("stranger-key.pem").toString()));

        assertThatIllegalStateException().isThrownBy(node.handovers::handOver)
                .withMessageContaining("previous-key-file");
    }

    @Test
    void theKeyListServesTheCurrentKeyFirstAndTheRetiredOne() {
        Node after = node(newKey, new RetiredLogKeys(List.of(oldKey.publicKey())));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> keys = (List<Map<String, Object>>) ((Map<String, Object>) JsonText
                .parse(after.publicLog.keys())).get("keys");

        assertThat(keys).extracting(key -> key.get("log_id"), key -> key.get("current")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(newKey.logId(), true),
                org.assertj.core.groups.Tuple.tuple(oldKey.logId(), false));
        assertThat(keys.get(1).get("key")).isEqualTo(oldKey.publicKeyPem());
    }

    private void append(int entries) {
        for (int i = 0; i < entries; i++) {
            LogEntry entry = new LogEntry(EntryKind.NOTICE_ISSUED, Instant.now(), Map.of("noticeId", "n-" + i
                    + "-" + System.nanoTime()));
            repository.addPending(entry.kind().name(), null, entry.text(), entry.at());
        }
    }

    /** A node of the log started with this key, as after a restart. */
    private Node node(LogKey key, RetiredLogKeys retired) {
        LogTree tree = new LogTree(new TransparencyLog(key), repository, Clock.systemUTC(),
                TreeHeadSchedule.EVERY_GROUP);
        LedgerSequencer sequencer = new LedgerSequencer(repository, tree,
                new DataSourceTransactionManager(database.dataSource()), Clock.systemUTC());
        return new Node(tree, sequencer, new PublicLog(repository, tree, sequencer, retired),
                new KeyHandovers(repository, key, retired, null, Clock.systemUTC()));
    }

    /** A node started as the application starts it, with the settings this environment gives. */
    private Node node(Map<String, Object> environment) {
        LedgerProperties properties = new Binder(ConfigurationPropertySources.from(
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environment)))
                .bindOrCreate("portcullis.ledger", LedgerProperties.class);
        LedgerConfiguration configuration = new LedgerConfiguration();
        LogKey key = LedgerConfiguration.logKey(properties);
        RetiredLogKeys retired = configuration.retiredLogKeys(properties);
        Node node = node(key, retired);
        return new Node(node.tree, node.sequencer, node.publicLog, configuration.keyHandovers(repository,
                node.tree.current(), retired, properties, Clock.systemUTC()));
    }

    /** The verifier tool run on these arguments: its exit status, then what it printed. */
    private static String verify(Object... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = new Verify(new PrintStream(output, true, StandardCharsets.UTF_8)).run(Arrays.stream(args)
                .map(Object::toString).toArray(String[]::new));
        return status + " " + output.toString(StandardCharsets.UTF_8);
    }

    private static void openssl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("the documented rotation uses OpenSSL, which is not installed: " + e.getMessage());
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Path file) throws IOException {
        return (Map<String, Object>) JsonText.parse(Files.readString(file));
    }

    private record Node(LogTree tree, LedgerSequencer sequencer, PublicLog publicLog, KeyHandovers handovers) {
    }
}
