package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Choice;
import cn.whuh.portal.prescreen.Question;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.Locale;

/** One answer out of a few (yes / no / I'm not sure, or the question's options), nothing chosen at first. */
class ChoiceField extends SimpleAnswerField<RadioButtonGroup<String>> {

    ChoiceField(Question question, List<Choice> choices, Locale locale) {
        super(new RadioButtonGroup<>(question.label().in(locale)));
        field.setItems(choices.stream().map(Choice::key).toList());
        field.setItemLabelGenerator(key -> AnswerField.label(choices, key, locale));
        field.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        field.setHelperText(AnswerField.help(question, locale));
        field.addClassName("answer-choice");
    }

    @Override
    public Object value() {
        return field.getValue();
    }

    @Override
    public void setValue(Object answer) {
        if (answer instanceof String key && field.getListDataView().contains(key)) {
            field.setValue(key);
        }
    }

    @Override
    public void focus() {
        AnswerField.focusFirstInput(field);
    }
}
