package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Question;
import cn.whuh.portal.prescreen.QuestionType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import cn.whuh.portal.prescreen.ui.OptionSelect.Option;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.IntStream;

/** A month and year ({@code YYYY-MM}), or "I don't remember" ({@code UNSURE}), grouped under the question. */
class MonthField implements AnswerField {

    private final OptionSelect year;
    private final OptionSelect month;
    private final Checkbox unsure;
    private final Div wrapper;
    private final int firstYear;
    private final int thisYear;

    MonthField(Question question, Locale locale, AnswerField.Translate translate, int thisYear) {
        this.firstYear = question.min() == null ? thisYear - 80 : question.min();
        this.thisYear = thisYear;
        Span label = new Span(question.label().in(locale));
        label.addClassName("answer-group-label");
        label.setId("label-" + question.key());

        String choose = translate.text("prescreen.form.choose");
        year = new OptionSelect(translate.text("prescreen.form.year"), choose,
                IntStream.iterate(thisYear, y -> y >= firstYear, y -> y - 1)
                        .mapToObj(y -> new Option(String.valueOf(y), String.valueOf(y))).toList());
        month = new OptionSelect(translate.text("prescreen.form.month"), choose, IntStream.rangeClosed(1, 12)
                .mapToObj(m -> new Option(Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, locale),
                        String.valueOf(m))).toList());
        unsure = new Checkbox(translate.text("prescreen.form.monthUnsure"));
        unsure.addValueChangeListener(e -> {
            year.setEnabled(!e.getValue());
            month.setEnabled(!e.getValue());
        });
        Div selects = new Div(year, month);
        selects.addClassName("answer-month-selects");
        wrapper = new Div(label, selects, unsure);
        if (question.help() != null) {
            Span help = new Span(AnswerField.help(question, locale));
            help.addClassName("answer-group-help");
            wrapper.addComponentAtIndex(1, help);
        }
        wrapper.addClassName("answer-month");
        AnswerField.wholeCardToggles(wrapper);
        wrapper.getElement().setAttribute("role", "group");
        wrapper.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
    }

    @Override
    public Component component() {
        return wrapper;
    }

    @Override
    public Object value() {
        if (unsure.getValue()) {
            return QuestionType.UNSURE;
        }
        return year.isEmpty() || month.isEmpty() ? null
                : YearMonth.of(Integer.parseInt(year.getValue()), Integer.parseInt(month.getValue())).toString();
    }

    @Override
    public void setValue(Object answer) {
        if (QuestionType.UNSURE.equals(answer)) {
            unsure.setValue(true);
        } else if (answer instanceof String text) {
            YearMonth given = YearMonth.parse(text);
            if (given.getYear() >= firstYear && given.getYear() <= thisYear) {
                year.setValue(String.valueOf(given.getYear()));
            }
            month.setValue(String.valueOf(given.getMonthValue()));
        }
    }

    @Override
    public void setError(String message) {
        year.setErrorMessage(message);
        year.setInvalid(message != null);
    }

    @Override
    public void focus() {
        year.focus();
    }

    @Override
    public void onChange(Runnable listener) {
        year.addValueChangeListener(e -> listener.run());
        month.addValueChangeListener(e -> listener.run());
        unsure.addValueChangeListener(e -> listener.run());
    }
}
