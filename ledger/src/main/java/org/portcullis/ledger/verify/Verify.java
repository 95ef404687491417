package org.portcullis.ledger.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.portcullis.ledger.certificate.ClearanceJws;
import org.portcullis.ledger.certificate.PresentedCertificate;
import org.portcullis.ledger.json.JsonText;
import org.portcullis.ledger.json.LogJson;
import org.portcullis.ledger.sth.KeyHandover;
import org.portcullis.ledger.sth.LogKey;

/**
 * The verifier anyone can run, with the log's public key and the documents, no access to Portcullis:
 * <pre>
 * java -jar portcullis-ledger.jar receipt NOTICE.json --key log-public.pem [--message FILING]
 * java -jar portcullis-ledger.jar sth STH.json --key log-public.pem
 * java -jar portcullis-ledger.jar consistency OLDER-STH.json CONSISTENCY.json --key log-public.pem
 * java -jar portcullis-ledger.jar verify-certificate CERTIFICATE --key log-public.pem
 * java -jar portcullis-ledger.jar handover HANDOVERS.json --key old-public.pem
 * </pre>
 * A clearance certificate is given as a file holding its JWS, the API's answer or the URL of its QR code.
 * Exit status 0 when every check passes, 1 when one fails (each problem printed), 2 on wrong usage. {@code --key} may
 * be given more than once (the old and the new key after a rotation): each tree head or certificate is checked with
 * the key its log id names. {@code --handover HANDOVERS.json} (also more than once; GET /api/v1/log/handovers) lets a
 * verifier holding only the old key follow the log to its new key: each check then also trusts the keys the given
 * ones handed the log over to ({@link KeyChain}); {@code handover} checks the handovers alone.
 */
public final class Verify {

    private final PrintStream out;

    /** The tool writing its answer to {@code out}, for a program that runs it without a JVM of its own. */
    public Verify(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        // a command-line tool: its answer goes to standard output
        System.exit(new Verify(System.out).run(args));
    }

    /** Runs the tool on the command line's arguments; returns its exit status. */
    public int run(String[] args) {
        List<String> files = new ArrayList<>();
        List<Path> keys = new ArrayList<>();
        List<Path> handovers = new ArrayList<>();
        Path message = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--key" -> {
                    if (i + 1 < args.length) {
                        keys.add(Path.of(args[++i]));
                    }
                }
                case "--handover" -> {
                    if (i + 1 < args.length) {
                        handovers.add(Path.of(args[++i]));
                    }
                }
                case "--message" -> message = i + 1 < args.length ? Path.of(args[++i]) : null;
                default -> files.add(args[i]);
            }
        }
        if (files.isEmpty() || keys.isEmpty()) {
            return usage();
        }
        try {
            List<PublicKey> publicKeys = new ArrayList<>();
            for (Path key : keys) {
                publicKeys.add(LogKey.readPublic(key));
            }
            List<KeyHandover> handedOver = new ArrayList<>();
            for (Path handover : handovers) {
                handedOver.addAll(LogJson.readHandovers(read(handover.toString())));
            }
            if (files.get(0).equals("handover") && files.size() == 2) {
                handedOver.addAll(LogJson.readHandovers(read(files.get(1))));
            }
            KeyChain chain = KeyChain.of(publicKeys, handedOver);
            LogChecks checks = new LogChecks(chain);
            List<String> found = switch (files.get(0)) {
                case "receipt" -> files.size() == 2 ? checks.receipt(read(files.get(1)),
                        message == null ? null : Files.readAllBytes(message)) : null;
                case "sth" -> files.size() == 2 ? checks.sth(LogJson.readSth(sthOf(read(files.get(1))))) : null;
                case "consistency" -> files.size() == 3 ? consistency(checks, files) : null;
                case "verify-certificate" -> files.size() == 2 ? certificate(chain.keys(), files.get(1)) : null;
                case "handover" -> files.size() == 2 ? handovers(chain) : null;
                default -> null;
            };
            if (found == null) {
                return usage();
            }
            List<String> problems = new ArrayList<>(chain.problems());
            problems.addAll(found);
            problems.forEach(problem -> out.println("FAILED: " + problem));
            out.println(problems.isEmpty() ? "OK: " + files.get(0) + " verified against " + String.join(", ",
                    keys.stream().map(Path::toString).toList()) : "NOT VERIFIED");
            return problems.isEmpty() ? 0 : 1;
        } catch (IOException | IllegalArgumentException e) {
            out.println("FAILED: " + e.getMessage());
            return 1;
        }
    }

    private static List<String> consistency(LogChecks checks, List<String> files) throws IOException {
        Map<String, Object> answer = read(files.get(2));
        return checks.consistency(LogJson.readSth(sthOf(read(files.get(1)))),
                LogJson.readConsistency(LogJson.object(answer, "consistency")),
                LogJson.readSth(LogJson.object(answer, "sth")));
    }

    /** Prints each handover followed; every one not reached from the given keys is a problem. */
    private List<String> handovers(KeyChain chain) {
        chain.followed().forEach(handover -> out.println("handed over: log " + handover.oldLogId() + " to log "
                + handover.newLogId() + " at tree size " + handover.treeSize()));
        List<String> problems = new ArrayList<>();
        chain.notFollowed().forEach(handover -> problems.add("no key given leads to log " + handover.oldLogId()
                + ", so its handover to log " + handover.newLogId() + " was not followed"));
        return problems;
    }

    private List<String> certificate(List<PublicKey> keys, String file) throws IOException {
        String presented = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        ClearanceJws.Verification verification = ClearanceJws.verify(PresentedCertificate.jws(presented), keys);
        new TreeMap<>(verification.claims()).forEach((name, value) -> out.println(name + ": " + value));
        return verification.problems();
    }

    /** A tree head as GET /api/v1/log/sth gives it ({"sth": ...}) or on its own. */
    private static Map<String, Object> sthOf(Map<String, Object> document) {
        return document.containsKey("sth") ? LogJson.object(document, "sth") : document;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String file) throws IOException {
        if (JsonText.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8)) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(file + " is not a JSON object");
    }

    private int usage() {
        out.println("usage: receipt NOTICE.json --key LOG-PUBLIC.pem [--message FILING]");
        out.println("       sth STH.json --key LOG-PUBLIC.pem");
        out.println("       consistency OLDER-STH.json CONSISTENCY.json --key LOG-PUBLIC.pem");
        out.println("       verify-certificate CERTIFICATE --key LOG-PUBLIC.pem");
        out.println("       handover HANDOVERS.json --key OLD-PUBLIC.pem");
        out.println("each takes --key more than once, and --handover HANDOVERS.json to follow a key rotation");
        return 2;
    }
}
