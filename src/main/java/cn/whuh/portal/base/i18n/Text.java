package cn.whuh.portal.base.i18n;

import java.util.Locale;

/** A text in both of the portal's languages, as data files and evaluations carry them. */
public record Text(String en, String zh) {

    public String in(Locale locale) {
        return Languages.isChinese(locale) && zh != null && !zh.isBlank() ? zh : en;
    }
}
