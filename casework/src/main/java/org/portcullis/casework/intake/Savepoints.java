package org.portcullis.casework.intake;

import org.portcullis.model.clearance.CaseClosedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a step that ends in a call to the clearance workflow inside a savepoint of the intake's transaction. When
 * the workflow refuses ({@link CaseClosedException}: the case was decided or has ended), everything the step wrote
 * is rolled back to the savepoint, the refusal does not mark the whole transaction for rollback, and the intake
 * still records the message and answers it with a REJECTED notice, in the same transaction.
 */
@Component
class Savepoints {

    private final TransactionTemplate nested;

    Savepoints(PlatformTransactionManager transactions) {
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** True when the step ran; false when the case refused it, and nothing of it was kept. */
    boolean attempt(Runnable step) {
        try {
            nested.executeWithoutResult(status -> step.run());
            return true;
        } catch (CaseClosedException refused) {
            return false;
        }
    }
}
