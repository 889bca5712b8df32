package cn.whuh.portal.base.api;

import cn.whuh.portal.base.i18n.AcceptLanguages;
import cn.whuh.portal.base.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
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
        // parsed here, not by the container, which throws on a long list (Tomcat's error valve calls this too)
        return Languages.firstSpoken(Collections.enumeration(AcceptLanguages.parse(header).locales()))
                .orElse(Languages.ENGLISH);
    }
}
