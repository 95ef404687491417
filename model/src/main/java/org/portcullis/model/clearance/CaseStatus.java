package org.portcullis.model.clearance;

/** Where a clearance case stands (the filing lifecycle, in the plain names EU ICS2 uses). */
public enum CaseStatus {
    REGISTERED,
    UNDER_ASSESSMENT,
    ASSESSED,
    REFERRED,
    INFORMATION_REQUESTED,
    DO_NOT_LOAD,
    ARRIVED,
    RELEASED,
    HELD,
    UNDER_INSPECTION,
    SEIZED,
    CANCELLED
}
