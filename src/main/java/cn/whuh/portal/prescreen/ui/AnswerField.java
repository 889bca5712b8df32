package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Choice;
import cn.whuh.portal.prescreen.Question;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The input of one question on the form, holding its answer in the API's form (what the engine checks). */
interface AnswerField {

    Component component();

    /** The answer as the API takes it, or null when none is given. */
    Object value();

    /** Shows an answer given earlier (in the API's form); ignores one it cannot show. */
    void setValue(Object answer);

    /** Marks the field invalid with the message, or clears the mark when the message is null. */
    void setError(String message);

    void focus();

    void onChange(Runnable listener);

    /** A text of the prescreen bundle in the visitor's language, with its arguments (the view's getTranslation). */
    @FunctionalInterface
    interface Translate {
        String text(String key, Object... args);
    }

    /** The right input for a question's type. */
    static AnswerField of(Question question, List<Choice> choices, Locale locale, Translate translate, LocalDate today) {
        return switch (question.type()) {
            case YES_NO_UNSURE, CHOICE -> new ChoiceField(question, choices, locale);
            case MULTI_CHOICE -> new MultiChoiceField(question, choices, locale, translate);
            case INTEGER -> new IntegerAnswerField(question, locale);
            case WEIGHT -> new WeightField(question, locale, translate);
            case YEAR_MONTH -> new MonthField(question, locale, translate, today.getYear());
        };
    }

    /** Moves the keyboard focus to the first input of a group of radio buttons or checkboxes. */
    static void focusFirstInput(Component group) {
        group.getElement().executeJs("const input = this.querySelector('input'); if (input) { input.focus(); }");
    }

    /**
     * Makes every checkbox card inside a component tick and untick wherever it is tapped or clicked, as radio cards
     * do: a click on the card itself (its padding, beside the box and the text) clicks its box; clicks on the box
     * or the text toggle it already and are left alone.
     */
    static void wholeCardToggles(Component container) {
        container.addAttachListener(e -> container.getElement().executeJs("""
                if (!this.__wholeCardToggles) {
                  this.__wholeCardToggles = true;
                  this.addEventListener('click', event => {
                    const card = event.target;
                    if (card.localName === 'vaadin-checkbox' && !card.disabled && !card.readonly && card.inputElement) {
                      card.inputElement.click();
                    }
                  });
                }"""));
    }

    /** The choices as options of a field, labelled in the visitor's language. */
    static List<OptionSelect.Option> options(List<Choice> choices, Locale locale) {
        return choices.stream().map(c -> new OptionSelect.Option(c.label().in(locale), c.key())).toList();
    }

    /** The question's help text, if any, in the visitor's language. */
    static String help(Question question, Locale locale) {
        return question.help() == null ? null : question.help().in(locale);
    }
}
