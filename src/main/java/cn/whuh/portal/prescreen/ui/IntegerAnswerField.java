package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Question;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;

/** A whole number; its bounds are checked by the engine, with the same message as the API. */
class IntegerAnswerField extends SimpleAnswerField<IntegerField> {

    IntegerAnswerField(Question question, Locale locale) {
        super(new IntegerField(question.label().in(locale)));
        field.setHelperText(AnswerField.help(question, locale));
        field.addClassName("answer-number");
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
    public void focus() {
        field.focus();
    }
}
