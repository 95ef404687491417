package org.portcullis.rules.fact.iot;

import java.time.Instant;
import java.util.List;
import org.portcullis.model.iot.SealStatus;

/**
 * What the seal and door sensors of one container of a consignment reported, against the seals the filing declares
 * for it: the latest seal status, the first time before arrival its seal was reported opened or tampered with, the
 * first seal number reported before arrival that is not declared, the first door opening before arrival. Seal numbers
 * are compared ignoring case, spaces and hyphens. Null where nothing of the kind was reported.
 */
public class ContainerSeals extends ContainerOfConsignment {

    /** One seal report: status, seal number and when. */
    public record SealReport(SealStatus status, String sealNumber, Instant at) {
    }

    private final List<String> declaredSeals;
    private final SealReport latest;
    private final SealReport breach;
    private final SealReport undeclaredSeal;
    private final Instant doorOpenedAt;

    public ContainerSeals(String container, String transportDocumentNumber, List<String> declaredSeals,
            SealReport latest, SealReport breach, SealReport undeclaredSeal, Instant doorOpenedAt) {
        super(container, transportDocumentNumber);
        this.declaredSeals = List.copyOf(declaredSeals);
        this.latest = latest;
        this.breach = breach;
        this.undeclaredSeal = undeclaredSeal;
        this.doorOpenedAt = doorOpenedAt;
    }

    public List<String> getDeclaredSeals() {
        return declaredSeals;
    }

    /** The latest seal report, before arrival or after; null when no seal was reported. */
    public SealReport getLatest() {
        return latest;
    }

    /** The first report before arrival of the seal opened or tampered with; null when none. */
    public SealReport getBreach() {
        return breach;
    }

    /** The first seal number reported before arrival that the filing does not declare; null when none. */
    public SealReport getUndeclaredSeal() {
        return undeclaredSeal;
    }

    /** When the door sensor first reported the doors opened before arrival; null when it did not. */
    public Instant getDoorOpenedAt() {
        return doorOpenedAt;
    }
}
