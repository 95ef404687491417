package org.portcullis.app;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.portcullis.model.intake.Channel;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.IntakeReceipt;

/**
 * Files straight through the intake port (no broker in between), for tests that need many cases quickly. The
 * carrier must be one of {@link PortcullisIntegrationTest#TEST_CARRIERS}, so that its notices have a queue to go to.
 */
final class Intake {

    private Intake() {
    }

    /** Registers the filing as the carrier and returns its MRN. */
    static String file(FilingIntake intake, String carrierId, String body, String messageId) {
        IntakeReceipt receipt = intake.receive(new InboundMessage(messageId,
                PortcullisIntegrationTest.testCarrier(carrierId), "application/json",
                Channel.QUEUE, body.getBytes(StandardCharsets.UTF_8), Instant.now()));
        if (receipt.mrn() == null) {
            throw new IllegalStateException("filing " + messageId + " was not registered: " + receipt.type());
        }
        return receipt.mrn().value();
    }
}
