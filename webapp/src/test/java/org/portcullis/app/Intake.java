package org.portcullis.app;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.portcullis.model.intake.Channel;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.IntakeReceipt;

/** Files straight through the intake port (no broker in between), for tests that need many cases quickly. */
final class Intake {

    private Intake() {
    }

    /** Registers the filing as carrier TESTS and returns its MRN. */
    static String file(FilingIntake intake, String body, String messageId) {
        IntakeReceipt receipt = intake.receive(new InboundMessage(messageId, "TESTS", "application/json",
                Channel.QUEUE, body.getBytes(StandardCharsets.UTF_8), Instant.now()));
        if (receipt.mrn() == null) {
            throw new IllegalStateException("filing " + messageId + " was not registered: " + receipt.type());
        }
        return receipt.mrn().value();
    }
}
