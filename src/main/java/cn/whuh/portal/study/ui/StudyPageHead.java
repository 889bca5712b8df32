package cn.whuh.portal.study.ui;

import cn.whuh.portal.base.config.PortalProperties;
import cn.whuh.portal.base.i18n.LanguageInitializer;
import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.study.Study;
import cn.whuh.portal.study.StudyCatalog;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Writes the study page's title, description and Open Graph tags into the HTML the server sends, in the
 * visitor's language, so that link previews in chat apps (which run no JavaScript) show the study.
 * The language is chosen as for the page itself: {@code ?lang=}, then the remembered choice (cookie), then
 * Accept-Language, then English.
 */
@Component
public class StudyPageHead implements VaadinServiceInitListener {

    private static final Pattern STUDY_PATH = Pattern.compile("/(?:studies/(NCT\\d{8})/?)?");

    private final StudyCatalog catalog;
    private final I18NProvider i18n;
    private final String baseUrl;

    public StudyPageHead(StudyCatalog catalog, I18NProvider i18n, PortalProperties properties) {
        this.catalog = catalog;
        this.i18n = i18n;
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::describe);
    }

    private void describe(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        studyAt(path).ifPresent(study -> {
            describe(response.getDocument(), study, path, language(request));
            InlinedStyleSheets.write(response.getDocument(), request, response.getVaadinResponse());
        });
    }

    private Optional<Study> studyAt(String path) {
        Matcher matcher = STUDY_PATH.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return matcher.group(1) == null ? catalog.all().stream().findFirst() : catalog.find(matcher.group(1));
    }

    private void describe(Document document, Study study, String path, Locale locale) {
        String title = StudyView.pageTitle(study, locale, i18n);
        String description = study.plainLanguage().summary().in(locale);
        String url = baseUrl + path;
        document.title(title);
        Element html = document.selectFirst("html");
        if (html != null) {
            html.attr("lang", Languages.htmlLang(locale));
        }
        Element head = document.head();
        meta(head, "name", "description", description);
        meta(head, "property", "og:type", "website");
        meta(head, "property", "og:title", title);
        meta(head, "property", "og:description", description);
        meta(head, "property", "og:url", url + "?" + Languages.PARAMETER + "=" + Languages.code(locale));
        meta(head, "property", "og:site_name", study.contactsLocationsModule().locations().getFirst().facility().in(locale));
        meta(head, "property", "og:locale", Languages.isChinese(locale) ? "zh_CN" : "en_US");
        meta(head, "property", "og:locale:alternate", Languages.isChinese(locale) ? "en_US" : "zh_CN");
        meta(head, "name", "twitter:card", "summary");
        for (Locale language : Languages.SUPPORTED) {
            String code = Languages.code(language);
            head.appendElement("link").attr("rel", "alternate").attr("hreflang", Languages.htmlLang(language))
                    .attr("href", url + "?" + Languages.PARAMETER + "=" + code);
        }
        StudyFirstScreen.write(document, study, path, locale, i18n);
    }

    private static void meta(Element head, String attribute, String name, String content) {
        head.select("meta[" + attribute + "=\"" + name + "\"]").remove();
        head.appendElement("meta").attr(attribute, name).attr("content", content);
    }

    /** The visitor's language, as {@link LanguageInitializer} picks it for the page. */
    static Locale language(VaadinRequest request) {
        Optional<Locale> fromLink = Languages.fromCode(request.getParameter(Languages.PARAMETER));
        return fromLink.or(() -> LanguageInitializer.remembered(request))
                .or(() -> Languages.firstSpoken(request.getLocales()))
                .orElse(Languages.ENGLISH);
    }
}
