package org.portcullis.model.traveldocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.model.filing.TravelDocument;
import org.portcullis.model.value.CountryCode;

/** The MRZ a filing carries against the fields it declares; the MRZ built from the fields when it carries none. */
class MrzCrossCheckTest {

    private static Person person(String family, String given, String birth, String nationality, String type,
            String number, String issuer, String expiry) {
        return new Person(PersonRole.PASSENGER, family, given, "F", LocalDate.parse(birth), null, null,
                CountryCode.of(nationality), new TravelDocument(type, number, CountryCode.of(issuer),
                        LocalDate.parse(expiry)), null, null, null, false);
    }

    private static Mrz passport(String family, String given, String number, String issuer, String nationality,
            String birth, String expiry) {
        return MrzBuilder.build(MrzFormat.TD3, "P", issuer, family, given, number, nationality,
                LocalDate.parse(birth), "F", LocalDate.parse(expiry), "");
    }

    @Test
    void anMrzThatAgreesWithTheDeclaredFieldsShowsNoDiscrepancy() {
        Person declared = person("Jansen", "Anna Maria", "1974-08-12", "NL", "PASSPORT", "NX8492K17", "NL",
                "2031-04-15");

        assertThat(MrzCrossCheck.compare(passport("JANSEN", "ANNA MARIA", "NX8492K17", "NLD", "NLD", "1974-08-12",
                "2031-04-15"), declared)).isEmpty();
    }

    @Test
    void eachFieldThatDiffersIsNamedWithBothValues() {
        Person declared = person("Jansen", "Anna Maria", "1974-08-12", "NL", "PASSPORT", "NX8492K17", "NL",
                "2031-04-15");
        Mrz other = passport("JANSEN", "ANNA", "NX8492K18", "BEL", "NLD", "1975-08-12", "2031-04-15");

        assertThat(MrzCrossCheck.compare(other, declared)).extracting(MrzDiscrepancy::toString).containsExactly(
                "document number NX8492K18 in the MRZ, NX8492K17 declared",
                "issuing state BEL in the MRZ, NLD declared",
                "date of birth 750812 in the MRZ, 740812 declared",
                "given names ANNA in the MRZ, ANNA MARIA declared");
    }

    @Test
    void namesAgreeInEitherSpellingOfTheMultinationalLetters() {
        Person declared = person("Müller-Lüdenscheidt", "Jürgen", "1970-01-01", "DE", "PASSPORT", "C01X00T47", "DE",
                "2030-01-01");

        assertThat(MrzCrossCheck.compare(passport("MUELLER LUEDENSCHEIDT", "JUERGEN", "C01X00T47", "D", "D",
                "1970-01-01", "2030-01-01"), declared)).isEmpty();
        assertThat(MrzCrossCheck.compare(passport("MULLER LUDENSCHEIDT", "JURGEN", "C01X00T47", "D", "D",
                "1970-01-01", "2030-01-01"), declared)).isEmpty();
    }

    @Test
    void aNameTheMrzCutToFitAgreesWithTheDeclaredNameItBegins() {
        Person declared = person("Vandenberghe-Oosterhuizen", "Maximiliaan Alexander Johannes", "1980-02-29", "BE",
                "PASSPORT", "EM123456", "BE", "2029-06-30");
        Mrz built = MrzBuilder.of(declared).orElseThrow();

        assertThat(built.nameFieldFull()).isTrue();
        assertThat(built.secondaryIdentifier()).isEqualTo("MAXIMILIAAN");
        assertThat(MrzCrossCheck.compare(built, declared)).isEmpty();
    }

    @Test
    void aCardDeclaredAsAPassportIsADiscrepancy() {
        Person declared = person("Eriksson", "Anna Maria", "1974-08-12", "SE", "PASSPORT", "D23145890", "SE",
                "2012-04-15");
        Mrz card = MrzBuilder.build(MrzFormat.TD1, "I", "SWE", "ERIKSSON", "ANNA MARIA", "D23145890", "SWE",
                LocalDate.of(1974, 8, 12), "F", LocalDate.of(2012, 4, 15), "");

        assertThat(MrzCrossCheck.compare(card, declared)).extracting(MrzDiscrepancy::field)
                .containsExactly(MrzField.DOCUMENT_CODE);
    }

    @Test
    void theMrzOfASeafarersIdentityDocumentIsATd1() {
        Person seafarer = person("Santos", "Maria", "1990-05-05", "PH", "SEAFARERS_IDENTITY_DOCUMENT", "SA1234567",
                "PH", "2030-01-01");

        Mrz built = MrzBuilder.of(seafarer).orElseThrow();

        assertThat(built.format()).isEqualTo(MrzFormat.TD1);
        assertThat(built.lines().get(0)).startsWith("I<PHLSA1234567");
        assertThat(built.checkDigitFailures()).isEmpty();
    }

    @Test
    void mrzCountryCodesAreAlphaThreeExceptGermany() {
        assertThat(IcaoCountryCodes.of(CountryCode.of("NL"))).isEqualTo("NLD");
        assertThat(IcaoCountryCodes.of(CountryCode.of("DE"))).isEqualTo("D");
        assertThat(IcaoCountryCodes.country("D")).contains(CountryCode.of("DE"));
        assertThat(IcaoCountryCodes.country("D<<")).contains(CountryCode.of("DE"));
        assertThat(IcaoCountryCodes.country("UTO")).isEmpty();
        assertThat(IcaoCountryCodes.country("XXA")).isEmpty();
    }
}
