package org.portcullis.model.traveldocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;

/**
 * ICAO Doc 9303 MRZs: the specimen documents of the standard and broken copies of them.
 *
 * <p>Specimens: ICAO Doc 9303, Machine Readable Travel Documents, Seventh Edition 2015, Part 4 (TD3, the
 * personalised specimen passport of Utopia, Anna Maria Eriksson) and Part 5 (TD1, the specimen identity card of the
 * same holder); published at https://www.icao.int/publications/Documents/9303_p4_cons_en.pdf and 9303_p5_cons_en.pdf.
 * The lines were taken as quoted by independent MRZ parsers' test suites (found with the project's code search; the
 * ICAO documents themselves cannot be fetched here) and every check digit in them was recomputed by hand with the
 * 7-3-1 weights of Part 3, 4.9 before use.
 */
class MrzTest {

    static final String TD3_LINE_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String TD3_LINE_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    static final String TD3 = TD3_LINE_1 + "\n" + TD3_LINE_2;
    static final String TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n"
            + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    @Test
    void readsTheFieldsOfTheTd3SpecimenPassport() {
        Mrz mrz = Mrz.parse(TD3);

        assertThat(mrz.format()).isEqualTo(MrzFormat.TD3);
        assertThat(mrz.documentCode()).isEqualTo("P");
        assertThat(mrz.issuingState()).isEqualTo("UTO");
        assertThat(mrz.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(mrz.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(mrz.documentNumber()).isEqualTo("L898902C3");
        assertThat(mrz.nationality()).isEqualTo("UTO");
        assertThat(mrz.dateOfBirth()).isEqualTo("740812");
        assertThat(mrz.sex()).isEqualTo("F");
        assertThat(mrz.dateOfExpiry()).isEqualTo("120415");
        assertThat(mrz.optionalData()).isEqualTo("ZE184226B");
        assertThat(mrz.checkDigitFailures()).isEmpty();
    }

    @Test
    void readsTheFieldsOfTheTd1SpecimenCard() {
        Mrz mrz = Mrz.parse(TD1);

        assertThat(mrz.format()).isEqualTo(MrzFormat.TD1);
        assertThat(mrz.documentCode()).isEqualTo("I");
        assertThat(mrz.documentNumber()).isEqualTo("D23145890");
        assertThat(mrz.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(mrz.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(mrz.dateOfBirth()).isEqualTo("740812");
        assertThat(mrz.dateOfExpiry()).isEqualTo("120415");
        assertThat(mrz.nationality()).isEqualTo("UTO");
        assertThat(mrz.optionalData()).isEmpty();
        assertThat(mrz.checkDigitFailures()).isEmpty();
    }

    @ParameterizedTest(name = "check digit of {0} is {1}")
    @CsvSource({"L898902C3, 6", "740812, 2", "120415, 9", "D23145890, 7", "ZE184226B<<<<<, 1", "<<<<<<, 0"})
    void computesCheckDigitsWithWeightsSevenThreeOne(String field, char digit) {
        assertThat(MrzCheckDigit.of(field)).isEqualTo(digit);
    }

    @Test
    void aWrongDocumentNumberCheckDigitIsReportedWithTheDigitItShouldBe() {
        Mrz mrz = Mrz.parse(TD3_LINE_1 + "\n" + TD3_LINE_2.replace("L898902C36", "L898902C35"));

        assertThat(mrz.checkDigitFailures()).extracting(CheckDigitFailure::field)
                .containsExactly(MrzField.DOCUMENT_NUMBER, MrzField.COMPOSITE);
        assertThat(mrz.checkDigitFailures().get(0)).satisfies(failure -> {
            assertThat(failure.written()).isEqualTo('5');
            assertThat(failure.computed()).isEqualTo('6');
            assertThat(failure.toString()).isEqualTo("document number check digit is 5, computed 6");
        });
    }

    @Test
    void aChangedDateOfBirthNoLongerMatchesItsCheckDigit() {
        Mrz mrz = Mrz.parse(TD3_LINE_1 + "\n" + TD3_LINE_2.replace("7408122", "7508122"));

        assertThat(mrz.checkDigitFailures()).extracting(CheckDigitFailure::field)
                .containsExactly(MrzField.DATE_OF_BIRTH, MrzField.COMPOSITE);
    }

    @Test
    void aChangedExpiryOfTheCardIsCaughtByItsCheckDigitAndTheComposite() {
        Mrz mrz = Mrz.parse(TD1.replace("1204159", "2204159"));

        assertThat(mrz.checkDigitFailures()).extracting(CheckDigitFailure::field)
                .containsExactly(MrzField.DATE_OF_EXPIRY, MrzField.COMPOSITE);
    }

    @Test
    void onlyTheCompositeCatchesAChangeOfTheCardsOptionalData() {
        Mrz mrz = Mrz.parse(TD1.replace("7408122F1204159UTO<<<<<<<<<<<6", "7408122F1204159UTO1<<<<<<<<<<6"));

        assertThat(mrz.checkDigitFailures()).extracting(CheckDigitFailure::field).containsExactly(MrzField.COMPOSITE);
    }

    @Test
    void theMrzMayComeAsOneRunOfCharacters() {
        assertThat(Mrz.parse(TD3_LINE_1 + TD3_LINE_2).lines()).containsExactly(TD3_LINE_1, TD3_LINE_2);
        assertThat(Mrz.parse(TD1.replace("\n", "")).format()).isEqualTo(MrzFormat.TD1);
        assertThat(Mrz.parse("  " + TD3_LINE_1 + " \r\n" + TD3_LINE_2 + "\n").checkDigitFailures()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "P<UTOERIKSSON<<ANNA<MARIA | two lines of 44 characters (TD3) or three of 30 (TD1), not 1 line(s) of 25",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902c36UTO7408122F1204159ZE184226B<<<<<10"
                + " | line 2, column 8: 'c' is not an MRZ character",
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
                + " | line 1, column 1: a TD3 MRZ (two lines of 44) is a passport's and starts with P, not V",
    })
    void whatIsNotAnMrzIsRefusedWithWhereAndWhy(String text, String message) {
        assertThatThrownBy(() -> Mrz.parse(text.replace("\\n", "\n")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MRZ_INVALID);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void buildsTheSpecimenPassportsMrzFromItsFields() {
        Mrz built = MrzBuilder.build(MrzFormat.TD3, "P", "UTO", "Eriksson", "Anna Maria", "L898902C3", "UTO",
                LocalDate.of(1974, 8, 12), "F", LocalDate.of(2012, 4, 15), "ZE184226B");

        assertThat(built.text()).isEqualTo(TD3);
    }

    @Test
    void buildsTheSpecimenCardsMrzFromItsFields() {
        Mrz built = MrzBuilder.build(MrzFormat.TD1, "I", "UTO", "Eriksson", "Anna Maria", "D23145890", "UTO",
                LocalDate.of(1974, 8, 12), "F", LocalDate.of(2012, 4, 15), "");

        assertThat(built.text()).isEqualTo(TD1);
    }

    @Test
    void aCardNumberLongerThanNineCharactersContinuesInTheOptionalData() {
        Mrz built = MrzBuilder.build(MrzFormat.TD1, "I", "UTO", "Eriksson", "Anna Maria", "D23145890734", "UTO",
                LocalDate.of(1974, 8, 12), "F", LocalDate.of(2012, 4, 15), "");

        assertThat(built.lines().get(0)).isEqualTo("I<UTOD23145890<7349<<<<<<<<<<<");
        assertThat(built.documentNumber()).isEqualTo("D23145890734");
        assertThat(built.checkDigitFailures()).isEmpty();
    }

    @Test
    void unknownDatesAreWrittenAsFillers() {
        Mrz built = MrzBuilder.build(MrzFormat.TD3, "P", "UTO", "Eriksson", "Anna", "L898902C3", "UTO", null, "X",
                LocalDate.of(2030, 1, 1), "");

        assertThat(built.dateOfBirth()).isEqualTo("<<<<<<");
        assertThat(built.sex()).isEqualTo("X");
        assertThat(built.checkDigitFailures()).isEmpty();
    }
}
