package org.portcullis.model.error;

/**
 * Every error a carrier can receive, with its stable code and a hint on how to fix it.
 * The codes are a public contract: docs/error-codes.md lists each one, and a test keeps both in step.
 */
public enum ErrorCode {
    MALFORMED_MESSAGE("The message body cannot be parsed: it is not well-formed JSON or UN/EDIFACT.",
            "Send UTF-8 JSON that parses, or a whole EDIFACT interchange (UNB to UNZ); check for truncation and unescaped characters."),
    CONTROL_CHARACTER("A text element holds a control character (U+0000 to U+001F other than tab, line feed and carriage return).",
            "Remove the control character (often a stray NUL byte or escape sequence from a conversion) from the element named."),
    UNSUPPORTED_CONTENT_TYPE("The contentType property names a syntax Portcullis does not accept.",
            "Set contentType (HTTP: Content-Type) to application/json or application/edifact."),
    MISSING_MESSAGE_ID("The messageId property (HTTP: the Message-Id header) is missing, blank, longer than 128 characters or holds control characters.",
            "Set a messageId unique for each message you send; resend the same id only to repeat a message."),
    MESSAGE_TOO_LARGE("The message is larger than the size Portcullis accepts (10 MiB unless the authority set another limit).",
            "Split the filing: send cargo, crew and passengers of one port call as separate filings with their own LRNs; they join one case."),
    CARRIER_ID_MISMATCH("The carrierId property names another carrier than the one the broker signed in.",
            "Set carrierId to the user name you connect with; a carrier files only as itself."),
    SCHEMA_REQUIRED("A required element is missing.",
            "Add the element named in the message; see the JSON Schema for the filing."),
    SCHEMA_TYPE("An element has the wrong JSON type.",
            "Send the type the JSON Schema names (string, number, object, array)."),
    SCHEMA_FORMAT("An element does not have the format the schema requires.",
            "Dates and times are ISO 8601 with a zone offset, for example 2026-12-01T08:00:00Z; dates alone are 2026-12-01."),
    SCHEMA_PATTERN("An element does not match the pattern the schema requires.",
            "Check the pattern given for this element in the JSON Schema."),
    SCHEMA_ENUM("An element has a value outside the allowed list.",
            "Use one of the values the JSON Schema lists for this element."),
    SCHEMA_UNKNOWN_ELEMENT("The filing carries an element the schema does not define, or one its message function does not allow.",
            "Remove the element or correct its spelling; a cancellation or an answer to a request for information carries no filing parts."),
    SCHEMA_LENGTH("A text element is too short or too long.",
            "Keep the text within the lengths the JSON Schema gives."),
    SCHEMA_RANGE("A number is outside its allowed range.",
            "Keep the number within the minimum and maximum the JSON Schema gives."),
    SCHEMA_ITEMS("A list has too few or too many entries, or repeats an entry.",
            "Keep the list within the sizes the JSON Schema gives."),
    SCHEMA_VIOLATION("The filing breaks a JSON Schema constraint.",
            "Compare the element with the JSON Schema for the filing."),
    CERTIFICATE_JWS_MALFORMED("A ship certificate's signed form is not a JWS Portcullis can read: not three base64url parts, a header or payload that is not a JSON object, or an algorithm other than ES256 and EdDSA.",
            "Send the issuer's JWS as it was issued, in compact serialization (header.payload.signature); a signature that does not verify is no error but a finding."),
    FILING_EMPTY("The filing carries none of the parts: consignments, crew, passengers, health, ship's stores, crew effects, security, waste.",
            "Add at least one part; a filing may carry only some parts, and the parts of one port call join one case."),
    EDIFACT_ENVELOPE("The EDIFACT envelope is wrong: a UNB, UNG, UNH, UNT, UNE or UNZ element, reference or count does "
            + "not match, or UNB names a syntax identifier or version ISO 9735 does not have.",
            "Make UNT count the segments from UNH to UNT, repeat the UNH reference in UNT, the UNG one in UNE and the "
            + "UNB one in UNZ; use UNOA to UNOY and version 1 to 4."),
    EDIFACT_MESSAGE_TYPE("The interchange carries a message type or directory version Portcullis does not accept.",
            "Send PAXLST (crew, passengers) or CUSCAR (cargo) of directory D, as docs/filing-format.md describes."),
    EDIFACT_SEGMENT_MISSING("A segment the message needs is missing.",
            "Add the segment named in the message at the place the implementation guide in docs/filing-format.md shows."),
    EDIFACT_SEGMENT_UNEXPECTED("A segment is not allowed where it is, is unknown, or repeats more often than allowed.",
            "Check the order and repetition of segments against the implementation guide in docs/filing-format.md."),
    EDIFACT_ELEMENT_MISSING("A data element the segment needs is empty or missing.",
            "Fill the element named by its position, for example the document number in BGM element 2."),
    EDIFACT_ELEMENT_FORMAT("A data element is too long, too short, has characters its type does not allow, or the segment has too many elements.",
            "Keep the element to its representation (an..35, n..9, dates as CCYYMMDD) and send only the elements the guide lists."),
    EDIFACT_CODE_INVALID("A data element holds a code or qualifier the implementation does not accept.",
            "Use one of the codes the implementation guide in docs/filing-format.md lists for this element."),
    EDIFACT_MESSAGES_DISAGREE("The messages of one interchange do not describe one filing: document number, function or port call differ.",
            "Send one filing per interchange: every message with the same BGM document number and function, for one vessel and voyage."),
    VESSEL_NOT_IDENTIFIED("The means of transport carries no IMO number: Portcullis clears ships, and a call sign, a flight or a name alone does not identify one.",
            "Name the vessel by its IMO number: in EDIFACT TDT element C222 (8213 the number, 1131 code list 146), in JSON vessel.imoNumber."),
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
    MRZ_INVALID("The machine readable zone is not an ICAO Doc 9303 MRZ: two lines of 44 characters (TD3, passports) or three of 30 (TD1, identity cards and seafarers' identity documents), of A-Z, 0-9 and the filler <.",
            "Copy the MRZ lines exactly as printed at the bottom of the document's data page, in upper case, one line per MRZ line; leave the element out when the document has no MRZ."),
    UN_NUMBER_INVALID("The UN number of the dangerous goods is not four digits.",
            "Send the four-digit UN number from the dangerous goods list, for example 1203."),
    LRN_ALREADY_FILED("An original filing with this LRN was already accepted from this carrier.",
            "Send changes as an amendment, or use a new LRN for a new filing."),
    LRN_UNKNOWN("No original filing with this LRN was accepted from this carrier: the LRN is unknown, or this message arrived before its original.",
            "Check the LRN; if you sent the original, wait for its ACCEPTED notice and send this message again."),
    LRN_CANCELLED("The filing with this LRN was cancelled; it takes no more messages.",
            "File the goods or persons again as a new original with a new LRN."),
    OUT_OF_ORDER("The message was sent before a message already applied to this LRN (its sentAt is earlier).",
            "Send amendments one after another with increasing sentAt; if this one is still needed, send it again with the current time."),
    PORT_CALL_CHANGED("The message names another port call than its case: the vessel, port of call or voyage number differs.",
            "Quote the MRN of this port call's case, or none to open a new case; to move an LRN to another port call, cancel it and file a new original."),
    CASE_CLOSED("The case of this LRN has been decided or has ended, so it takes no amendment or cancellation (wrong state).",
            "Contact the customs office that decided the case; file a new port call as a new original with a new LRN."),
    INFORMATION_NOT_REQUESTED("The case of this LRN is not waiting for an answer to a request for information.",
            "Answer only after an INFORMATION_REQUESTED notice, once; change the filing itself with an amendment."),
    FUNCTION_NOT_SUPPORTED("This message function is not accepted in this syntax.",
            "Use ORIGINAL, AMENDMENT or CANCELLATION (EDIFACT BGM 1225: 9, 4 or 5, 1); answer a request for information in JSON."),
    MRN_INVALID("The movement reference number is not one Portcullis issued to this carrier, or not the one of this LRN.",
            "Quote the MRN exactly as it appeared in the ACCEPTED notice, or leave it out."),
    MMSI_INVALID("The MMSI is not a ship station's Maritime Mobile Service Identity: nine digits, the first 2 to 7 (ITU-R M.585).",
            "Send the nine digits the vessel's AIS transmits, without spaces, for example 357123000."),
    IOT_EVENT_TOO_LARGE("The sensor event is larger than Portcullis accepts (64 KiB).",
            "Publish one event per message; an event needs well under 1 KiB."),
    IOT_TOPIC_NOT_ALLOWED("The MQTT topic is not portcullis/iot/<operator>/... of the operator the publisher signed in for, or holds characters a topic level may not have.",
            "Publish under portcullis/iot/ followed by your own operator name and levels of letters, digits, '-' and '_', for example portcullis/iot/ACME/reefer-17.");

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
