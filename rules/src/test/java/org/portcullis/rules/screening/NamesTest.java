package org.portcullis.rules.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @Test
    void plainNamesAreUpperCasedAndSplitAtAnythingButLettersAndDigits() {
        assertThat(Names.words("Shipper 12 Manufacturing-Co.Ltd")).containsExactly("SHIPPER", "12", "MANUFACTURING",
                "CO", "LTD");
    }

    @Test
    void accentsLigaturesAndSpecialLettersAreFoldedToAscii() {
        assertThat(Names.words("Müller Straße")).containsExactly("MULLER", "STRASSE");
        assertThat(Names.words("Łukasz Øster Æbelø")).containsExactly("LUKASZ", "OSTER", "AEBELO");
        assertThat(Names.words("Ｆｕｌｌ ｗｉｄｔｈ")).containsExactly("FULL", "WIDTH");
    }

    @Test
    void namesInOtherScriptsAreTransliteratedToLatin() {
        assertThat(Names.words("Иван Петрович Сидоренко")).containsExactly("IVAN", "PETROVIC", "SIDORENKO");
        assertThat(Names.words("Γιώργος Παπαδόπουλος")).containsExactly("GIORGOS", "PAPADOPOULOS");
        assertThat(Names.words("محمد")).hasSize(1).allSatisfy(word -> assertThat(word).matches("[A-Z]+"));
    }

    @Test
    void runsOfInitialsAreJoined() {
        assertThat(Names.words("J. R. R. Tolkien")).containsExactly("JRR", "TOLKIEN");
        assertThat(Names.words("Acme L.L.C.")).containsExactly("ACME", "LLC");
    }

    @Test
    void partyNamesLoseTheirLegalFormsUnlessNothingElseIsLeft() {
        assertThat(Names.partyWords("Acme Trading Co., Ltd.")).containsExactly("ACME", "TRADING");
        assertThat(Names.partyWords("The Company Ltd")).containsExactly("THE", "COMPANY", "LTD");
    }

    @Test
    void theKeyIsTheSameForTheSameWordsInAnyOrder() {
        assertThat(Names.key(Names.partyWords("Trading Acme GmbH"))).isEqualTo(Names.key(Names.partyWords("ACME trading")));
    }

    @Test
    void blankNamesHaveNoWords() {
        assertThat(Names.words(null)).isEmpty();
        assertThat(Names.words("  ")).isEmpty();
        assertThat(Names.words("--")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACME TRADING", "  LEADING, trailing. ", "O'NEIL-SMITH & CO", "北京 贸易 ٣٤ Ⅻ X² Ⓐ",
        "𝐀𝐁 𝟏𝟐 \uD83D\uDE00 EMOJI", "ÀÉ ß Ǆ ǅ", "TAB\tNEW\nLINE", "123_456", "", "---"})
    void splitsWhereTheRegularExpressionOfLettersAndNumbersWould(String text) {
        var byRegex = Arrays.stream(Pattern.compile("[^\\p{L}\\p{N}]+").split(text)).filter(w -> !w.isEmpty()).toList();
        assertThat(Names.split(text)).isEqualTo(byRegex);
    }
}
