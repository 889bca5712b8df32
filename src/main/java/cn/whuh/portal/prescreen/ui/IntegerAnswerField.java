package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Question;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;

/** A whole number; its bounds are checked by the engine, with the same message as the API. */
class IntegerAnswerField implements AnswerField {

    private final IntegerField field;

    IntegerAnswerField(Question question, Locale locale) {
        field = new IntegerField(question.label().in(locale));
        field.setHelperText(AnswerField.help(question, locale));
        field.setManualValidation(true);
        field.addClassName("answer-number");
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public Object value() {
        return field.getValue();
    }

    @Override
    public void setValue(Object answer) {
        if (answer instanceof Integer number) {
            field.setValue(number);
        }
    }

    @Override
    public void setError(String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }

    @Override
    public void focus() {
        field.focus();
    }

    @Override
    public void onChange(Runnable listener) {
        field.addValueChangeListener(e -> listener.run());
    }
}
