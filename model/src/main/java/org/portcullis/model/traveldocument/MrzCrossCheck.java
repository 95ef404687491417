package org.portcullis.model.traveldocument;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.TravelDocument;
import org.portcullis.model.value.CountryCode;

/**
 * Compares the MRZ a filing carries with the fields it declares for the same person and document: layout and
 * document type, number, issuing state, nationality, dates, sex and names. Names are compared as the MRZ writes
 * them, in either spelling Doc 9303 allows (Müller as MUELLER or MULLER), and a name the MRZ cut to fit its field
 * agrees with the declared name it begins, as a passport number longer than the nine characters of a TD3's field
 * agrees with the nine it begins with. A field the filing does not declare is not compared.
 */
public final class MrzCrossCheck {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private MrzCrossCheck() {
    }

    public static List<MrzDiscrepancy> compare(Mrz mrz, Person person) {
        List<MrzDiscrepancy> found = new ArrayList<>();
        TravelDocument document = person.travelDocument();
        if (document != null) {
            MrzFormat expected = MrzBuilder.formatOf(document.type());
            if (expected != null && expected != mrz.format()) {
                found.add(new MrzDiscrepancy(MrzField.DOCUMENT_CODE, mrz.format() + " " + mrz.documentCode(),
                        expected + " (" + document.type() + ")"));
            }
            String number = document.number() == null ? "" : MrzNames.of(document.number()).replace("<", "");
            boolean cutToTheField = mrz.format() == MrzFormat.TD3 && number.length() > 9
                    && number.substring(0, 9).equals(mrz.documentNumber());
            if (!number.isEmpty() && !number.equals(mrz.documentNumber()) && !cutToTheField) {
                found.add(new MrzDiscrepancy(MrzField.DOCUMENT_NUMBER, mrz.documentNumber(), number));
            }
            country(found, MrzField.ISSUING_STATE, mrz.issuingState(), document.issuingState());
            date(found, MrzField.DATE_OF_EXPIRY, mrz.dateOfExpiry(), document.expiry());
        }
        country(found, MrzField.NATIONALITY, mrz.nationality(), person.nationality());
        date(found, MrzField.DATE_OF_BIRTH, mrz.dateOfBirth(), person.dateOfBirth());
        if (person.sex() != null && !person.sex().equals(mrz.sex())) {
            found.add(new MrzDiscrepancy(MrzField.SEX, mrz.sex(), person.sex()));
        }
        name(found, MrzField.PRIMARY_IDENTIFIER, mrz.primaryIdentifier(), person.familyName(), mrz.nameFieldFull());
        name(found, MrzField.SECONDARY_IDENTIFIER, mrz.secondaryIdentifier(), person.givenNames(),
                mrz.nameFieldFull());
        return found;
    }

    private static void country(List<MrzDiscrepancy> found, MrzField field, String inMrz, CountryCode declared) {
        if (declared != null && !IcaoCountryCodes.of(declared).equals(inMrz)) {
            found.add(new MrzDiscrepancy(field, inMrz, IcaoCountryCodes.of(declared)));
        }
    }

    /** A date compared on the digits the MRZ gives (Doc 9303 lets a filler stand for an unknown day or month). */
    private static void date(List<MrzDiscrepancy> found, MrzField field, String inMrz, LocalDate declared) {
        if (declared == null) {
            return;
        }
        String written = declared.format(YYMMDD);
        for (int i = 0; i < inMrz.length(); i++) {
            if (inMrz.charAt(i) != '<' && inMrz.charAt(i) != written.charAt(i)) {
                found.add(new MrzDiscrepancy(field, inMrz, written));
                return;
            }
        }
    }

    private static void name(List<MrzDiscrepancy> found, MrzField field, String inMrz, String declared,
            boolean mayBeCut) {
        if (declared == null || declared.isBlank()) {
            return;
        }
        String recommended = MrzNames.of(declared).replace('<', ' ');
        String unmarked = MrzNames.unmarked(declared).replace('<', ' ');
        boolean agrees = inMrz.equals(recommended) || inMrz.equals(unmarked)
                || mayBeCut && !inMrz.isEmpty() && (recommended.startsWith(inMrz) || unmarked.startsWith(inMrz));
        if (!agrees) {
            found.add(new MrzDiscrepancy(field, inMrz, recommended));
        }
    }
}
