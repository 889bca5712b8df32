package cn.whuh.portal.base.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two languages the portal speaks, and how they are written in URLs, cookies and the API. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

    /** Query parameter ({@code ?lang=zh}) and cookie that carry the chosen language. */
    public static final String PARAMETER = "lang";
    public static final String COOKIE = "portal_lang";

    private Languages() {
    }

    /** "en" or "zh": the short code used in links, cookies, stored leads and the API. */
    public static String code(Locale locale) {
        return isChinese(locale) ? "zh" : "en";
    }

    /** "zh-CN" or "en": the language tag for HTML's {@code lang} and {@code hreflang} attributes. */
    public static String htmlLang(Locale locale) {
        return isChinese(locale) ? "zh-CN" : "en";
    }

    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** Parses a code such as "zh", "zh-CN", "en-US"; empty when it names neither language. */
    public static Optional<Locale> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
        return switch (language) {
            case "zh" -> Optional.of(CHINESE);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }

    /** The first of a request's locales (Accept-Language, best first) that the portal speaks. */
    public static Optional<Locale> firstSpoken(Enumeration<Locale> locales) {
        return Collections.list(locales).stream().flatMap(locale -> fromCode(locale.toLanguageTag()).stream()).findFirst();
    }

    /** The supported locale closest to any locale, English when nothing matches. */
    public static Locale closest(Locale locale) {
        return isChinese(locale) ? CHINESE : ENGLISH;
    }
}
