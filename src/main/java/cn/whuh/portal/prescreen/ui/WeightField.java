package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Question;
import cn.whuh.portal.prescreen.WeightUnit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A weight and its unit (kg, 斤 or lb, as the questionnaire lists them); the first unit is the starting one. */
class WeightField implements AnswerField {

    private final NumberField number;
    private final RadioButtonGroup<String> unit = new RadioButtonGroup<>();
    private final Div wrapper;

    WeightField(Question question, Locale locale) {
        number = new NumberField(question.label().in(locale));
        number.setHelperText(AnswerField.help(question, locale));
        number.setManualValidation(true);
        number.addClassName("answer-number");
        unit.setItems(question.units().stream().map(WeightUnit::key).toList());
        unit.setItemLabelGenerator(key -> question.unit(key).map(u -> u.label().in(locale)).orElse(key));
        unit.setValue(question.units().getFirst().key());
        unit.addClassName("answer-unit");
        unit.setAriaLabel(question.label().in(locale));
        wrapper = new Div(number, unit);
        wrapper.addClassName("answer-weight");
    }

    @Override
    public Component component() {
        return wrapper;
    }

    @Override
    public Object value() {
        if (number.getValue() == null || unit.getValue() == null) {
            return null;
        }
        Map<String, Object> weight = new LinkedHashMap<>();
        weight.put("value", BigDecimal.valueOf(number.getValue()));
        weight.put("unit", unit.getValue());
        return weight;
    }

    @Override
    public void setValue(Object answer) {
        if (answer instanceof Map<?, ?> weight && weight.get("value") instanceof Number value
                && weight.get("unit") instanceof String unitKey) {
            number.setValue(value.doubleValue());
            unit.setValue(unitKey);
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
