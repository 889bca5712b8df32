package cn.whuh.portal.base.api;

import cn.whuh.portal.base.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of an API answer: the first of the request's Accept-Language ranges the portal speaks, else English. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Languages.ENGLISH;
        }
        return Languages.firstSpoken(request.getLocales()).orElse(Languages.ENGLISH);
    }
}
