package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Choice;
import cn.whuh.portal.prescreen.Question;
import cn.whuh.portal.prescreen.ui.OptionSelect.Option;
import java.util.List;
import java.util.Locale;

/** One answer out of a few (yes / no / I'm not sure, or the question's options), nothing chosen at first. */
class ChoiceField extends SimpleAnswerField<OptionRadios> {

    ChoiceField(Question question, List<Choice> choices, Locale locale) {
        super(new OptionRadios(AnswerField.options(choices, locale)));
        field.setLabel(question.label().in(locale));
        field.setThemeName("vertical");
        field.setHelperText(AnswerField.help(question, locale));
        field.addClassName("answer-choice");
    }

    @Override
    public Object value() {
        return field.isEmpty() ? null : field.getValue();
    }

    @Override
    public void setValue(Object answer) {
        if (answer instanceof String key && field.values().contains(key)) {
            field.setValue(key);
        }
    }

    @Override
    public void focus() {
        AnswerField.focusFirstInput(field);
    }
}
