package org.portcullis.model.error;

/**
 * Every error a carrier can receive, with its stable code and a hint on how to fix it.
 * The codes are a public contract: docs/error-codes.md lists each one, and a test keeps both in step.
 */
public enum ErrorCode {
    MALFORMED_MESSAGE("The message body is not well-formed JSON.",
            "Send a UTF-8 JSON document that parses; check for truncation and unescaped characters."),
    CONTROL_CHARACTER("A text element holds a control character (U+0000 to U+001F other than tab, line feed and carriage return).",
            "Remove the control character (often a stray NUL byte or escape sequence from a conversion) from the element named."),
    UNSUPPORTED_CONTENT_TYPE("The contentType property names a syntax Portcullis does not accept.",
            "Set contentType to application/json."),
    MISSING_MESSAGE_ID("The messageId property is missing, blank, longer than 128 characters or holds control characters.",
            "Set a messageId unique for each message you send; resend the same id only to repeat a message."),
    SCHEMA_REQUIRED("A required element is missing.",
            "Add the element named in the message; see the JSON Schema for the filing."),
    SCHEMA_TYPE("An element has the wrong JSON type.",
            "Send the type the JSON Schema names (string, number, object, array)."),
    SCHEMA_FORMAT("An element does not have the format the schema requires.",
            "Dates and times are ISO 8601 with a zone offset, for example 2026-12-01T08:00:00Z."),
    SCHEMA_PATTERN("An element does not match the pattern the schema requires.",
            "Check the pattern given for this element in the JSON Schema."),
    SCHEMA_ENUM("An element has a value outside the allowed list.",
            "Use one of the values the JSON Schema lists for this element."),
    SCHEMA_UNKNOWN_ELEMENT("The filing carries an element the schema does not define.",
            "Remove the element or correct its spelling; the schema does not allow additional elements."),
    SCHEMA_LENGTH("A text element is too short or too long.",
            "Keep the text within the lengths the JSON Schema gives."),
    SCHEMA_RANGE("A number is outside its allowed range.",
            "Keep the number within the minimum and maximum the JSON Schema gives."),
    SCHEMA_ITEMS("A list has too few or too many entries, or repeats an entry.",
            "Keep the list within the sizes the JSON Schema gives."),
    SCHEMA_VIOLATION("The filing breaks a JSON Schema constraint.",
            "Compare the element with the JSON Schema for the filing."),
    IMO_NUMBER_INVALID("The IMO ship identification number is not IMO followed by seven digits.",
            "Send the seven digits of the vessel's IMO number, with or without the prefix IMO."),
    IMO_NUMBER_CHECK_DIGIT("The last digit of the IMO number does not match its check digit.",
            "Copy the IMO number again from the ship's certificate; one digit is wrong."),
    CONTAINER_NUMBER_INVALID("The container number is not an ISO 6346 number (owner code, category U, J or Z, six digits, check digit).",
            "Send the eleven characters without spaces, for example MSCU1234566."),
    CONTAINER_NUMBER_CHECK_DIGIT("The last digit of the container number does not match its ISO 6346 check digit.",
            "Copy the container number again from the container or the booking; one character is wrong."),
    UNLOCODE_INVALID("The location is not a UN/LOCODE (two-letter country code and three characters).",
            "Send the five-character UN/LOCODE without a space, for example NLRTM."),
    COUNTRY_CODE_INVALID("The country is not an ISO 3166-1 alpha-2 code.",
            "Send the two-letter ISO 3166-1 code, for example NL."),
    HS_CODE_INVALID("The commodity code is not a Harmonized System code of 6, 8 or 10 digits in a valid chapter.",
            "Send at least the six-digit HS subheading, digits only, for example 847130."),
    UN_NUMBER_INVALID("The UN number of the dangerous goods is not four digits.",
            "Send the four-digit UN number from the dangerous goods list, for example 1203."),
    LRN_ALREADY_FILED("An original filing with this LRN was already accepted from this carrier.",
            "Send changes as an amendment, or use a new LRN for a new filing."),
    FUNCTION_NOT_SUPPORTED("This message function is not accepted.",
            "Send the filing with function ORIGINAL."),
    MRN_INVALID("The movement reference number is not one Portcullis issued.",
            "Quote the MRN exactly as it appeared in the ACCEPTED notice.");

    private final String meaning;
    private final String hint;

    ErrorCode(String meaning, String hint) {
        this.meaning = meaning;
        this.hint = hint;
    }

    public String meaning() {
        return meaning;
    }

    public String hint() {
        return hint;
    }
}
