package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Question;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;

/** A whole number as typed (see {@link NumberText}); its bounds are checked by the engine, with the API's message. */
class IntegerAnswerField extends SimpleAnswerField<TextField> {

    IntegerAnswerField(Question question, Locale locale) {
        super(NumberText.field(question.label().in(locale), "numeric"));
        field.setHelperText(AnswerField.help(question, locale));
    }

    @Override
    public Object value() {
        return NumberText.answer(field.getValue());
    }

    @Override
    public void setValue(Object answer) {
        field.setValue(NumberText.show(answer));
    }

    @Override
    public void focus() {
        field.focus();
    }
}
