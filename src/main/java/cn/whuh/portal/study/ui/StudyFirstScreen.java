package cn.whuh.portal.study.ui;

import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.study.Study;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The study page's first screen (the frame's header with the language switch, then the {@link StudyView#hero
 * hero}: headline, summary, "check if you may qualify" and the phone) written as plain HTML into the page the
 * server sends, so a phone paints the words before Vaadin's script has loaded. It has the markup and classes of
 * the view, styled by the same sheets; a small script removes it in the same frame in which Vaadin shows the real
 * view, so nothing jumps and no heading is there twice (decision 0090).
 */
final class StudyFirstScreen {

    static final String ID = "first-screen";

    /** Removes the first screen once the view is rendered (a mutation observer runs before the next paint). */
    private static final String TAKE_OVER = "(() => { const first = document.getElementById('" + ID + "');"
            + " const outlet = document.getElementById('outlet'); if (!first || !outlet) return;"
            + " const observer = new MutationObserver(() => { if (outlet.querySelector('.portal-frame')) {"
            + " first.remove(); observer.disconnect(); } });"
            + " observer.observe(outlet, {childList: true, subtree: true}); })();";

    private StudyFirstScreen() {
    }

    static void write(Document document, Study study, String path, Locale locale, I18NProvider i18n) {
        document.head().appendElement("link").attr("rel", "stylesheet").attr("href", "styles/study.css");
        Element frame = new Element("div").attr("id", ID).addClass("portal-frame");
        Element header = frame.appendElement("header").addClass("portal-header");
        Element brand = header.appendElement("div").addClass("brand-block");
        brand.appendElement("a").addClass("brand").attr("href", "/").text(i18n.getTranslation("layout.brand", locale));
        brand.appendElement("span").addClass("brand-id").text(study.nctId());
        Element languages = header.appendElement("nav").addClass("language-switch")
                .attr("aria-label", i18n.getTranslation("layout.language", locale));
        for (Locale language : Languages.SUPPORTED) {
            String code = Languages.code(language);
            Element link = languages.appendElement("a").attr("hreflang", code).attr("lang", code)
                    .attr("href", path + "?" + Languages.PARAMETER + "=" + code)
                    .text(Languages.isChinese(language) ? "中文" : "English");
            if (code.equals(Languages.code(locale))) {
                link.attr("aria-current", "true");
            }
        }
        frame.appendElement("main").addClass("portal-main").appendElement("article").addClass("study-page")
                .append(StudyView.hero(study, new StudyWords(i18n, locale)).getElement().getOuterHTML());
        Element outlet = document.getElementById("outlet");
        if (outlet == null) {
            return;
        }
        outlet.before(frame);
        outlet.after(new Element("script").appendChild(new DataNode(TAKE_OVER)));
    }
}
