package org.portcullis.messaging.edifact;

import io.xlate.edi.stream.EDIStreamValidationError;
import org.portcullis.model.error.ErrorCode;

/** StAEDI's validation errors as carrier error codes, with a plain message. */
final class EdifactErrors {

    private EdifactErrors() {
    }

    /** The carrier code, or null for an error that only summarises others (a segment with element errors). */
    static ErrorCode codeOf(EDIStreamValidationError error) {
        return switch (error) {
            case SEGMENT_HAS_DATA_ELEMENT_ERRORS, NONE -> null;
            case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING,
                    IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES, IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE,
                    CONDITIONAL_REQUIRED_SEGMENT_MISSING -> ErrorCode.EDIFACT_SEGMENT_MISSING;
            case UNRECOGNIZED_SEGMENT_ID, UNEXPECTED_SEGMENT, LOOP_OCCURS_OVER_MAXIMUM_TIMES,
                    SEGMENT_EXCEEDS_MAXIMUM_USE, SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET,
                    SEGMENT_NOT_IN_PROPER_SEQUENCE, IMPLEMENTATION_UNUSED_SEGMENT_PRESENT,
                    IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT, SEGMENT_EXCLUSION_CONDITION_VIOLATED ->
                    ErrorCode.EDIFACT_SEGMENT_UNEXPECTED;
            case REQUIRED_DATA_ELEMENT_MISSING, CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING,
                    IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING, IMPLEMENTATION_TOO_FEW_REPETITIONS ->
                    ErrorCode.EDIFACT_ELEMENT_MISSING;
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE -> ErrorCode.EDIFACT_CODE_INVALID;
            case CONTROL_REFERENCE_MISMATCH, CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> ErrorCode.EDIFACT_ENVELOPE;
            default -> ErrorCode.EDIFACT_ELEMENT_FORMAT;
        };
    }

    static boolean isElementError(EDIStreamValidationError error) {
        return error.getCategory() != io.xlate.edi.stream.EDIStreamEvent.SEGMENT_ERROR;
    }

    static String describe(EDIStreamValidationError error, String text, String tag) {
        String what = error.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return switch (error) {
            case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING,
                    CONDITIONAL_REQUIRED_SEGMENT_MISSING -> "segment " + text + " is missing";
            case UNRECOGNIZED_SEGMENT_ID, UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET,
                    SEGMENT_NOT_IN_PROPER_SEQUENCE -> "segment " + tag + " is not allowed here (" + what + ")";
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> "the control count " + text + " does not match the "
                    + "number of segments or messages sent";
            case CONTROL_REFERENCE_MISMATCH -> "the control reference " + text + " does not match the header's";
            default -> what + (text == null || text.isEmpty() ? "" : ": '" + text + "'");
        };
    }
}
