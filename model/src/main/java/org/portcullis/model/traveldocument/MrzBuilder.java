package org.portcullis.model.traveldocument;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.TravelDocument;

/**
 * Writes the MRZ a travel document with the declared fields would carry (ICAO Doc 9303 Parts 4 and 5): a TD3 for a
 * passport, a TD1 for an identity card or a seafarer's identity document, names transliterated as the MRZ writes
 * them, fillers where a field is unknown, and the check digits computed. Built from a filing, it can be compared
 * with the MRZ the filing carries field by field; it proves nothing by its own check digits.
 */
public final class MrzBuilder {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private MrzBuilder() {
    }

    /** The MRZ of the person's travel document, or empty when there is none or its type has no MRZ layout. */
    public static Optional<Mrz> of(Person person) {
        TravelDocument document = person.travelDocument();
        MrzFormat format = document == null ? null : formatOf(document.type());
        if (format == null) {
            return Optional.empty();
        }
        String state = document.issuingState() == null ? "" : IcaoCountryCodes.of(document.issuingState());
        String nationality = person.nationality() == null ? "" : IcaoCountryCodes.of(person.nationality());
        return Optional.of(build(format, format == MrzFormat.TD3 ? "P" : "I", state, person.familyName(),
                person.givenNames(), document.number(), nationality, person.dateOfBirth(), person.sex(),
                document.expiry(), ""));
    }

    /** The MRZ layout of a declared document type: TD3 for PASSPORT, TD1 for identity cards and SIDs, else none. */
    public static MrzFormat formatOf(String documentType) {
        if (documentType == null) {
            return null;
        }
        return switch (documentType) {
            case "PASSPORT" -> MrzFormat.TD3;
            case "IDENTITY_CARD", "SEAFARERS_IDENTITY_DOCUMENT" -> MrzFormat.TD1;
            default -> null;
        };
    }

    /** The MRZ of the given fields (codes in their MRZ form, e.g. UTO, D; names as written on the document). */
    public static Mrz build(MrzFormat format, String documentCode, String issuingState, String familyName,
            String givenNames, String documentNumber, String nationality, LocalDate dateOfBirth, String sex,
            LocalDate expiry, String optionalData) {
        String names = fit(MrzNames.of(familyName) + "<<" + MrzNames.of(givenNames), format.nameLength());
        String number = MrzNames.of(documentNumber).replace("<", "");
        String birth = date(dateOfBirth);
        String expires = date(expiry);
        String sexCode = "M".equals(sex) || "F".equals(sex) ? sex : "<";
        String code = fit(documentCode, 2);
        String state = fit(issuingState, 3);
        String nation = fit(nationality, 3);
        String optional = MrzNames.of(optionalData).replace("<", "");
        List<String> lines;
        if (format == MrzFormat.TD3) {
            String first = code + state + names;
            String numberField = fit(number, 9);
            String personal = fit(optional, 14);
            char personalCheck = optional.isEmpty() ? '<' : MrzCheckDigit.of(personal);
            String body = numberField + MrzCheckDigit.of(numberField) + nation + birth + MrzCheckDigit.of(birth)
                    + sexCode + expires + MrzCheckDigit.of(expires) + personal + personalCheck;
            String composite = body.substring(0, 10) + body.substring(13, 20) + body.substring(21, 43);
            lines = List.of(first, body + MrzCheckDigit.of(composite));
        } else {
            String numberPart = number.length() <= 9
                    ? fit(number, 9) + MrzCheckDigit.of(fit(number, 9))
                    : number.substring(0, 9) + "<" + number.substring(9) + MrzCheckDigit.of(number);
            String first = fit(code + state + numberPart + optional, 30);
            String second = birth + MrzCheckDigit.of(birth) + sexCode + expires + MrzCheckDigit.of(expires) + nation
                    + fit("", 11);
            String composite = first.substring(5, 30) + second.substring(0, 7) + second.substring(8, 15)
                    + second.substring(18, 29);
            lines = List.of(first, second + MrzCheckDigit.of(composite), names);
        }
        return Mrz.parse(String.join("\n", lines));
    }

    private static String date(LocalDate date) {
        return date == null ? "<<<<<<" : date.format(YYMMDD);
    }

    /** The text cut or filled with fillers to the field's length. */
    private static String fit(String text, int length) {
        String value = text == null ? "" : text;
        return value.length() >= length ? value.substring(0, length) : value + "<".repeat(length - value.length());
    }
}
