package org.portcullis.processes.clearance;

/** The process key of the clearance workflow, its element ids the code meets, and its (small) process variables. */
public final class ClearanceVariables {

    public static final String PROCESS_KEY = "preArrivalClearance";

    /** The assessment (a service task, asynchronous: its failures become incidents there). */
    public static final String ASSESS_RISK_TASK = "Task_AssessRisk";

    /** Where a cleared case waits for its vessel's arrival. */
    public static final String AWAIT_ARRIVAL_EVENT = "Event_VesselArrived";

    /** User tasks. */
    public static final String REVIEW_REFERRAL_TASK = "Task_ReviewReferral";
    public static final String REVIEW_ESCALATED_REFERRAL_TASK = "Task_ReviewEscalatedReferral";
    public static final String CHECK_DOCUMENTS_TASK = "Task_CheckDocuments";
    public static final String SCHEDULE_INSPECTION_TASK = "Task_ScheduleInspection";
    public static final String RECORD_INSPECTION_RESULT_TASK = "Task_RecordInspectionResult";

    /** User tasks of the other agencies (one instance per agency: the variable agency names it). */
    public static final String REVIEW_AGENCY_REFERRAL_TASK = "Task_ReviewAgencyReferral";
    public static final String REVIEW_ESCALATED_AGENCY_REFERRAL_TASK = "Task_ReviewEscalatedAgencyReferral";

    /** Messages the process waits for. */
    public static final String FILING_AMENDED = "FilingAmended";
    public static final String FILING_CANCELLED = "FilingCancelled";
    public static final String INFORMATION_PROVIDED = "InformationProvided";
    public static final String VESSEL_ARRIVED = "VesselArrived";
    public static final String VESSEL_DEPARTED = "VesselDeparted";
    public static final String RISK_RAISED = "RiskRaised";

    /** Set by the assessment. */
    public static final String OUTCOME = "outcome";
    public static final String LANE = "lane";
    public static final String RULE_SET_VERSION = "ruleSetVersion";
    public static final String ETA = "eta";
    /** Set by an officer's decision (and forgotten when the next assessment starts). */
    public static final String DECISION = "decision";
    public static final String DECISION_REASON = "decisionReason";
    public static final String DECIDED_BY = "decidedBy";
    /** What the carrier reads with the next notice (the officer's message, or the workflow's words around it). */
    public static final String CARRIER_REASON = "carrierReason";
    /** The officer's message to the carrier with an inspection order, repeated when the inspection is notified. */
    public static final String CARRIER_MESSAGE = "carrierMessage";
    /** Set when an inspection is scheduled and when its result is recorded. */
    public static final String INSPECTION_PLACE = "inspectionPlace";
    public static final String INSPECTION_TIME = "inspectionTime";
    /** The scheduled time as a date: the inspection result is due after it. */
    public static final String INSPECTION_SCHEDULED_FOR = "inspectionScheduledFor";
    public static final String INSPECTOR = "inspector";
    public static final String INSPECTION_VERDICT = "inspectionVerdict";
    /** Set by the carrier's answer to a request for information. */
    public static final String INFORMATION_ANSWER = "informationAnswer";
    /** Set by the port community system's events. */
    public static final String VESSEL_ARRIVED_AT = "vesselArrivedAt";
    public static final String VESSEL_DEPARTED_AT = "vesselDepartedAt";
    /** Set when sensor events raise the risk: whether the case had been cleared (then the carrier is told). */
    public static final String CLEARED_BEFORE_REOPENING = "clearedBeforeReopening";

    /** Of each agency's instance: the agency, its assessment's outcome, its officer's decision and reason. */
    public static final String AGENCY = "agency";
    public static final String AGENCY_OUTCOME = "agencyOutcome";
    public static final String AGENCY_DECISION = "agencyDecision";
    public static final String AGENCY_DECISION_REASON = "agencyDecisionReason";
    /** The agency that holds the port call (null while none does); the goods are then not released at arrival. */
    public static final String HELD_BY_AGENCY = "heldByAgency";

    /** Input parameters of the service tasks. */
    static final String NOTICE_TYPE = "noticeType";
    static final String CASE_STATUS = "caseStatus";
    static final String CONTAINER_STATUS = "containerStatus";
    static final String REASON = "reason";
    static final String NOTICE_LANE = "noticeLane";
    static final String FORMALITY = "formality";

    private ClearanceVariables() {
    }
}
