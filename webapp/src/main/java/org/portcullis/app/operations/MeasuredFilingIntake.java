package org.portcullis.app.operations;

import org.portcullis.model.error.ValidationError;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.IntakeReceipt;

/** The intake every channel calls, counting what it answers ({@link FilingCounters}). */
final class MeasuredFilingIntake implements FilingIntake {

    private final FilingIntake intake;
    private final FilingCounters counters;

    MeasuredFilingIntake(FilingIntake intake, FilingCounters counters) {
        this.intake = intake;
        this.counters = counters;
    }

    @Override
    public IntakeReceipt receive(InboundMessage message, FilingReadResult read) {
        IntakeReceipt receipt = intake.receive(message, read);
        counters.count(message, receipt);
        return receipt;
    }

    @Override
    public IntakeReceipt refuse(InboundMessage message, String lrn, ValidationError reason) {
        IntakeReceipt receipt = intake.refuse(message, lrn, reason);
        counters.count(message, receipt);
        return receipt;
    }
}
