package org.portcullis.app;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.model.intake.Channel;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.IntakeReceipt;

/**
 * Files straight through the intake port (no broker in between), for tests that need many cases quickly. The
 * carrier must be one of {@link PortcullisIntegrationTest#TEST_CARRIERS}, so that its notices have a queue to go to.
 */
final class Intake {

    private static final FilingReaders READERS = FilingReaders.standard();

    private Intake() {
    }

    /** Registers the filing as the carrier and returns its MRN. */
    static String file(FilingIntake intake, String carrierId, String body, String messageId) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        IntakeReceipt receipt = intake.receive(new InboundMessage(messageId,
                PortcullisIntegrationTest.testCarrier(carrierId), "application/json",
                Channel.QUEUE, bytes, Instant.now()), READERS.read("application/json", bytes));
        if (receipt.mrn() == null) {
            throw new IllegalStateException("filing " + messageId + " was not registered: " + receipt.type());
        }
        return receipt.mrn().value();
    }
}
