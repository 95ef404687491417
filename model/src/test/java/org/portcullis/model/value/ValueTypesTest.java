package org.portcullis.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;

class ValueTypesTest {

    @ParameterizedTest
    @CsvSource({"9074729,9074729", "IMO 9321483,9321483", "imo9176187,9176187", " 9811000 ,9811000"})
    void acceptsImoNumbersWithValidCheckDigit(String text, String value) {
        assertThat(ImoNumber.of(text).value()).isEqualTo(value);
    }

    @Test
    void rejectsImoNumberWithWrongCheckDigit() {
        assertThatThrownBy(() -> ImoNumber.of("9074728"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IMO_NUMBER_CHECK_DIGIT))
                .hasMessageContaining("check digit is 9");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"907472", "90747290", "IMO-90747A9", "abcdefg"})
    void rejectsImoNumbersThatAreNotSevenDigits(String text) {
        assertCode(() -> ImoNumber.of(text), ErrorCode.IMO_NUMBER_INVALID);
    }

    @ParameterizedTest
    @CsvSource({"CSQU3054383,CSQU3054383", "MSCU1234566,MSCU1234566", "TGHU 999999 5,TGHU9999995",
            "MAEU123456-7,MAEU1234567"})
    void acceptsContainerNumbersWithValidCheckDigit(String text, String value) {
        assertThat(ContainerNumber.of(text).value()).isEqualTo(value);
    }

    @Test
    void rejectsContainerNumberWithWrongCheckDigit() {
        assertThatThrownBy(() -> ContainerNumber.of("CSQU3054384"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONTAINER_NUMBER_CHECK_DIGIT))
                .hasMessageContaining("check digit is 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSQ3054383", "CSQX3054383", "csqu3054383", "CSQU305438", "1SQU3054383"})
    void rejectsContainerNumbersNotInIso6346Form(String text) {
        assertCode(() -> ContainerNumber.of(text), ErrorCode.CONTAINER_NUMBER_INVALID);
    }

    @ParameterizedTest
    @CsvSource({"NLRTM,NLRTM,NL", "NL RTM,NLRTM,NL", "DEHAM,DEHAM,DE", "US2AB,US2AB,US"})
    void acceptsUnLocodes(String text, String value, String country) {
        UnLocode code = UnLocode.of(text);
        assertThat(code.value()).isEqualTo(value);
        assertThat(code.country().value()).isEqualTo(country);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NLRT", "NLRTM1", "nlrtm", "NLRT1", "XXRTM", "12ABC"})
    void rejectsWhatIsNotAUnLocode(String text) {
        assertCode(() -> UnLocode.of(text), ErrorCode.UNLOCODE_INVALID);
    }

    @ParameterizedTest
    @CsvSource({"847130,84,8471", "8471.30,84,8471", "93063010,93,9306", "0101210000,1,0101"})
    void acceptsHsCodes(String text, int chapter, String heading) {
        HsCode code = HsCode.of(text);
        assertThat(code.chapter()).isEqualTo(chapter);
        assertThat(code.heading()).isEqualTo(heading);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8471", "8471301", "847130123456", "771000", "000000", "980100", "84713A"})
    void rejectsHsCodesOfWrongLengthOrChapter(String text) {
        assertCode(() -> HsCode.of(text), ErrorCode.HS_CODE_INVALID);
    }

    @Test
    void countryCodesAreIso3166Alpha2() {
        assertThat(CountryCode.of("NL").value()).isEqualTo("NL");
        assertCode(() -> CountryCode.of("XX"), ErrorCode.COUNTRY_CODE_INVALID);
        assertCode(() -> CountryCode.of("NLD"), ErrorCode.COUNTRY_CODE_INVALID);
        assertCode(() -> CountryCode.of("nl"), ErrorCode.COUNTRY_CODE_INVALID);
    }

    @Test
    void unNumbersAreFourDigitsInRange() {
        assertThat(UnNumber.of("UN 1203").value()).isEqualTo("1203");
        assertThat(UnNumber.of("1202").value()).isEqualTo("1202");
        assertCode(() -> UnNumber.of("0000"), ErrorCode.UN_NUMBER_INVALID);
        assertCode(() -> UnNumber.of("9999"), ErrorCode.UN_NUMBER_INVALID);
        assertCode(() -> UnNumber.of("123"), ErrorCode.UN_NUMBER_INVALID);
    }

    @Test
    void issuedMrnCarriesYearCountrySerialAndCheckDigit() {
        Mrn mrn = Mrn.issue(2026, CountryCode.of("NL"), 42);

        assertThat(mrn.value()).hasSize(18).startsWith("26NL0000000000042");
        assertThat(Mrn.of(mrn.value())).isEqualTo(mrn);
        assertThat(Mrn.isValid(mrn.value())).isTrue();
    }

    @Test
    void mrnWithAlteredCharacterIsRejected() {
        String issued = Mrn.issue(2026, CountryCode.of("NL"), 42).value();
        String altered = issued.substring(0, 16) + "3" + issued.charAt(17);

        assertThat(Mrn.isValid(altered)).isFalse();
        assertCode(() -> Mrn.of(altered), ErrorCode.MRN_INVALID);
    }

    private static void assertCode(Runnable parse, ErrorCode code) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
