package org.portcullis.messaging.edifact;

import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.util.Optional;
import java.util.regex.Pattern;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;

/**
 * UNB S001 as read: the syntax identifier (ISO 9735 code list 0001) and the syntax version (1 to 4), which StAEDI
 * does not check with control code validation off, and what the version allows.
 */
final class SyntaxIdentifier {

    private static final Pattern IDENTIFIERS = Pattern.compile("UNO[A-LWXY]|KECA");

    private String version = "";

    /** Reads component 1 (identifier) or 2 (version) of UNB element 1; the error when it is not ISO 9735's. */
    Optional<ValidationError> read(EdiSegment unb, int component, String text) {
        if (component == 1 && !IDENTIFIERS.matcher(text).matches()) {
            return Optional.of(ValidationError.of(ErrorCode.EDIFACT_ENVELOPE, unb.at(1, 1), "syntax identifier '"
                    + text + "' is not one of ISO 9735's (UNOA to UNOL, UNOW, UNOX, UNOY, KECA)"));
        }
        if (component == 2) {
            version = text;
            if (!text.matches("[1-4]")) {
                return Optional.of(ValidationError.of(ErrorCode.EDIFACT_ENVELOPE, unb.at(1, 2),
                        "syntax version '" + text + "' is not 1, 2, 3 or 4"));
            }
        }
        return Optional.empty();
    }

    /** APIS senders write UNB and UNG dates as YYMMDD under syntax version 4 (CCYYMMDD): accepted. */
    boolean allowsSixDigitDate(EDIStreamValidationError type, String tag, Location location, String text) {
        return "4".equals(version) && ("UNB".equals(tag) || "UNG".equals(tag))
                && type == EDIStreamValidationError.DATA_ELEMENT_TOO_SHORT && location.getComponentPosition() == 1
                && location.getElementPosition() == 4 && text != null && text.matches("\\d{6}");
    }
}
