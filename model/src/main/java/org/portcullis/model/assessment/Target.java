package org.portcullis.model.assessment;

import java.util.Objects;

/**
 * The thing a finding is about, by kind and by the reference a clerk or carrier knows it by: a transport document
 * number, "B/L number / item sequence", a container number, a party's name.
 */
public record Target(TargetKind kind, String reference) {

    public Target {
        Objects.requireNonNull(kind, "kind");
        reference = reference == null ? "" : reference;
    }

    @Override
    public String toString() {
        return reference.isEmpty() ? kind.name() : kind + " " + reference;
    }
}
