package org.portcullis.ledger.verify;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the verifier's command line as a test sees it: its exit status and what it printed. */
record VerifierRun(int status, String output) {

    static VerifierRun of(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = new Verify(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(args);
        return new VerifierRun(status, bytes.toString(StandardCharsets.UTF_8));
    }
}
