package org.portcullis.model.clearance;

/** Where a clearance case stands (the filing lifecycle, in the plain names EU ICS2 uses). */
public enum CaseStatus {
    REGISTERED,
    UNDER_ASSESSMENT,
    /** The rules cleared the case before the vessel's arrival: released when it arrives. */
    ASSESSED,
    /** An officer (or an inspection that found nothing) cleared the case: released when the vessel arrives. */
    CLEARED,
    REFERRED,
    /** The carrier was asked to present documents; a clerk checks them. */
    UNDER_DOCUMENT_CHECK,
    INFORMATION_REQUESTED,
    DO_NOT_LOAD,
    ARRIVED,
    RELEASED,
    HELD,
    UNDER_INSPECTION,
    SEIZED,
    CANCELLED
}
