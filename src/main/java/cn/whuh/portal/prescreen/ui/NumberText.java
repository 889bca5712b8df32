package cn.whuh.portal.prescreen.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number as people type it on a phone: full-width digits from a Chinese input method ("３５"), a decimal
 * comma ("52,5") or the ideographic full stop, spaces around it. The field is a plain text field (a number
 * field would drop those characters), opening the phone's number keyboard.
 */
final class NumberText {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,6})?");

    private NumberText() {
    }

    /** The number typed, or empty when the text is not one. */
    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip()
                .replace(',', '.').replace('。', '.').replace(" ", "");
        return NUMBER.matcher(plain).matches() ? Optional.of(new BigDecimal(plain)) : Optional.empty();
    }

    /**
     * The answer for the engine: the number typed, or the text itself when it is not a number (the engine then
     * says what it expects, in the person's language), or null when nothing is typed.
     */
    static Object answer(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text).<Object>map(number -> number).orElse(text.strip());
    }

    /** How an answer given earlier is shown again in the field. */
    static String show(Object answer) {
        return switch (answer) {
            case BigDecimal number -> number.stripTrailingZeros().toPlainString();
            case Double number -> BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            case Number number -> number.toString();
            case String text -> text;
            case null, default -> "";
        };
    }

    /** A text field for numbers that opens the phone's number keyboard ({@code inputmode}). */
    static TextField field(String label, String inputMode) {
        TextField field = new TextField(label);
        field.addClassName("answer-number");
        field.addAttachListener(e -> field.getElement().executeJs(
                "customElements.whenDefined(this.localName).then(() => requestAnimationFrame(() => {"
                        + "const input = this.inputElement || this.querySelector('input');"
                        + "if (input) { input.inputMode = $0; } }))", inputMode));
        return field;
    }
}
