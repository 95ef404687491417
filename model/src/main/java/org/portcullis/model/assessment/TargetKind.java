package org.portcullis.model.assessment;

/** What a finding is about. */
public enum TargetKind {
    FILING,
    VESSEL,
    CONSIGNMENT,
    GOODS_ITEM,
    CONTAINER,
    PARTY,
    PERSON
}
