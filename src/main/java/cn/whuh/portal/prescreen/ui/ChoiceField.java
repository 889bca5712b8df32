package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Choice;
import cn.whuh.portal.prescreen.Question;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.Locale;

/** One answer out of a few (yes / no / I'm not sure, or the question's options), nothing chosen at first. */
class ChoiceField implements AnswerField {

    private final RadioButtonGroup<String> group;

    ChoiceField(Question question, List<Choice> choices, Locale locale) {
        group = new RadioButtonGroup<>(question.label().in(locale));
        group.setItems(choices.stream().map(Choice::key).toList());
        group.setItemLabelGenerator(key -> choices.stream().filter(c -> c.key().equals(key)).findFirst()
                .map(c -> c.label().in(locale)).orElse(key));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setHelperText(AnswerField.help(question, locale));
        group.setManualValidation(true);
        group.addClassName("answer-choice");
    }

    @Override
    public Component component() {
        return group;
    }

    @Override
    public Object value() {
        return group.getValue();
    }

    @Override
    public void setValue(Object answer) {
        if (answer instanceof String key && group.getListDataView().contains(key)) {
            group.setValue(key);
        }
    }

    @Override
    public void setError(String message) {
        group.setErrorMessage(message);
        group.setInvalid(message != null);
    }

    @Override
    public void focus() {
        AnswerField.focusFirstInput(group);
    }

    @Override
    public void onChange(Runnable listener) {
        group.addValueChangeListener(e -> listener.run());
    }
}
