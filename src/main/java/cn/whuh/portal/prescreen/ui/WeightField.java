package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Question;
import cn.whuh.portal.prescreen.WeightUnit;
import cn.whuh.portal.prescreen.ui.OptionSelect.Option;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A weight as typed (see {@link NumberText}) and its unit (kg, 斤 or lb, as the questionnaire lists them; the first
 * is the starting one). Under it, what was understood, converted: "79 斤 = 39.5 公斤".
 */
class WeightField implements AnswerField {

    private final Question question;
    private final Locale locale;
    private final Translate translate;
    private final TextField number;
    private final OptionRadios unit;
    private final Span echo = new Span();
    private final Div wrapper;

    WeightField(Question question, Locale locale, Translate translate) {
        this.question = question;
        this.locale = locale;
        this.translate = translate;
        number = NumberText.field(question.label().in(locale), "decimal");
        number.setHelperText(AnswerField.help(question, locale));
        number.setManualValidation(true);
        unit = new OptionRadios(question.units().stream().map(u -> new Option(u.label().in(locale), u.key())).toList());
        unit.setValue(question.units().getFirst().key());
        unit.addClassName("answer-unit");
        unit.setAccessibleName(question.label().in(locale));
        echo.addClassName("answer-weight-echo");
        echo.getElement().setAttribute("aria-live", "polite");
        wrapper = new Div(number, unit, echo);
        wrapper.addClassName("answer-weight");
        number.addValueChangeListener(e -> showEcho());
        unit.addValueChangeListener(e -> showEcho());
    }

    /** "79 斤 = 39.5 公斤", or "52.5 公斤" for a weight in kg; nothing when no number is typed. */
    private void showEcho() {
        Optional<BigDecimal> typed = NumberText.parse(number.getValue());
        Optional<WeightUnit> chosen = Optional.ofNullable(unit.getValue()).flatMap(question::unit);
        if (typed.isEmpty() || chosen.isEmpty()) {
            echo.setText("");
            return;
        }
        String kg = typed.get().multiply(chosen.get().kg()).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        echo.setText(chosen.get().kg().compareTo(BigDecimal.ONE) == 0
                ? translate.text("prescreen.form.weightInKg", kg)
                : translate.text("prescreen.form.weightConverted", typed.get().toPlainString(),
                        chosen.get().label().in(locale), kg));
    }

    @Override
    public Component component() {
        return wrapper;
    }

    @Override
    public Object value() {
        Object typed = NumberText.answer(number.getValue());
        if (typed == null || unit.isEmpty()) {
            return null;
        }
        Map<String, Object> weight = new LinkedHashMap<>();
        weight.put("value", typed);
        weight.put("unit", unit.getValue());
        return weight;
    }

    @Override
    public void setValue(Object answer) {
        if (answer instanceof Map<?, ?> weight && weight.get("unit") instanceof String unitKey) {
            number.setValue(NumberText.show(weight.get("value")));
            if (unit.values().contains(unitKey)) {
                unit.setValue(unitKey);
            }
        }
    }

    @Override
    public void setError(String message) {
        number.setErrorMessage(message);
        number.setInvalid(message != null);
    }

    @Override
    public void focus() {
        number.focus();
    }

    @Override
    public void onChange(Runnable listener) {
        number.addValueChangeListener(e -> listener.run());
        unit.addValueChangeListener(e -> listener.run());
    }
}
