package org.portcullis.processes.clearance;

/** The process key of the clearance workflow and the names of its (small) process variables. */
public final class ClearanceVariables {

    public static final String PROCESS_KEY = "preArrivalClearance";
    public static final String REVIEW_REFERRAL_TASK = "Task_ReviewReferral";

    /** Messages the process waits for. */
    public static final String FILING_AMENDED = "FilingAmended";
    public static final String FILING_CANCELLED = "FilingCancelled";
    public static final String INFORMATION_PROVIDED = "InformationProvided";
    public static final String INFORMATION_ANSWER = "informationAnswer";

    public static final String OUTCOME = "outcome";
    public static final String LANE = "lane";
    public static final String RULE_SET_VERSION = "ruleSetVersion";
    public static final String DECISION = "decision";
    public static final String DECISION_REASON = "decisionReason";
    public static final String DECIDED_BY = "decidedBy";

    /** Input parameters of the notice tasks. */
    static final String NOTICE_TYPE = "noticeType";
    static final String CASE_STATUS = "caseStatus";

    private ClearanceVariables() {
    }
}
