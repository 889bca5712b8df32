package cn.whuh.portal.study.ui;

import cn.whuh.portal.base.i18n.Text;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The study page's words in the page's language: its own from {@code i18n/study*.properties}, the data
 * file's texts, and the registry's codes, ages and dates as people read them.
 */
final class StudyWords {

    private final I18NProvider i18n;
    private final Locale locale;

    StudyWords(I18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    String t(String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    String text(Text text) {
        return text.in(locale);
    }

    String join(List<Text> texts) {
        return texts.stream().map(this::text).collect(Collectors.joining(", "));
    }

    /** A registry code ("RECRUITING", "PHASE1") in words. */
    String code(String code) {
        return t("study.code." + code);
    }

    String phases(List<String> phases) {
        return phases.stream().map(this::code).collect(Collectors.joining(" / "));
    }

    /** "18 Years" in the page's language. */
    String age(String registryAge) {
        String[] parts = registryAge.split(" ", 2);
        return t("study.unit." + parts[1], parts[0]);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** A row of a description list: a translated label and a value. */
    void fact(DescriptionList list, String labelKey, String value) {
        PageParts.term(list, t(labelKey), new Span(value));
    }

    UnorderedList list(List<Text> texts) {
        UnorderedList list = new UnorderedList();
        texts.forEach(text -> list.add(new ListItem(text(text))));
        return list;
    }
}
