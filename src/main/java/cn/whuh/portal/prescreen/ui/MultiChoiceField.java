package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Choice;
import cn.whuh.portal.prescreen.Question;
import cn.whuh.portal.prescreen.ui.OptionSelect.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Any of the question's options, plus "None of these" so that "none" is an answer the person gives (the
 * empty list) rather than a box left alone. Choosing "none" clears the others and the other way round.
 */
class MultiChoiceField extends SimpleAnswerField<OptionChecks> {

    static final String NONE = "NONE_OF_THESE";

    private final List<String> optionKeys;

    MultiChoiceField(Question question, List<Choice> choices, Locale locale, AnswerField.Translate translate) {
        super(new OptionChecks(options(choices, locale, translate)));
        optionKeys = choices.stream().map(Choice::key).toList();
        field.setLabel(question.label().in(locale));
        field.setThemeName("vertical");
        field.setHelperText(help(question, locale, translate));
        field.addClassName("answer-multi");
        AnswerField.wholeCardToggles(field);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                keepNoneExclusive(e.getOldValue(), e.getValue());
            }
        });
    }

    private static List<Option> options(List<Choice> choices, Locale locale, AnswerField.Translate translate) {
        List<Option> options = new ArrayList<>(AnswerField.options(choices, locale));
        options.add(new Option(translate.text("prescreen.form.noneOfThese"), NONE));
        return options;
    }

    private static String help(Question question, Locale locale, AnswerField.Translate translate) {
        String own = AnswerField.help(question, locale);
        return own != null ? own : translate.text("prescreen.form.multiHelp");
    }

    private void keepNoneExclusive(Set<String> before, Set<String> now) {
        if (now.contains(NONE) && !before.contains(NONE)) {
            field.setValue(Set.of(NONE));
        } else if (now.contains(NONE) && now.size() > 1) {
            Set<String> others = new HashSet<>(now);
            others.remove(NONE);
            field.setValue(others);
        }
    }

    @Override
    public Object value() {
        Set<String> chosen = field.getValue();
        if (chosen.isEmpty()) {
            return null;
        }
        return chosen.contains(NONE) ? List.of() : optionKeys.stream().filter(chosen::contains).toList();
    }

    @Override
    public void setValue(Object answer) {
        if (answer instanceof List<?> list) {
            Set<String> chosen = new LinkedHashSet<>();
            list.stream().filter(optionKeys::contains).map(String.class::cast).forEach(chosen::add);
            field.setValue(list.isEmpty() ? Set.of(NONE) : chosen);
        }
    }

    @Override
    public void focus() {
        AnswerField.focusFirstInput(field);
    }
}
