package cn.whuh.portal.prescreen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as people type them on a phone, Chinese input methods included. */
class NumberTextTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            35       | 35
            ３５     | 35
            52,5     | 52.5
            ５２，５ | 52.5
            52。5    | 52.5
            52.50    | 52.50
            ' 79 '   | 79
            """)
    void aNumberIsReadWhateverTheKeyboard(String typed, String expected) {
        assertThat(NumberText.parse(typed)).contains(new BigDecimal(expected));
        assertThat(NumberText.answer(typed)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"abc", "52,5,1", "1e308", "-3", "五十", "52 kg"})
    void anythingElseIsLeftForTheEngineToRefuse(String typed) {
        assertThat(NumberText.parse(typed)).isEmpty();
        assertThat(NumberText.answer(typed)).isEqualTo(typed);
    }

    @ParameterizedTest(name = "\"{0}\" is no answer")
    @ValueSource(strings = {"", "  "})
    void nothingTypedIsNoAnswer(String typed) {
        assertThat(NumberText.answer(typed)).isNull();
    }
}
