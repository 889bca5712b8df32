package cn.whuh.portal.lead.ui;

import cn.whuh.portal.lead.PrivacyNotice;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.Locale;

/**
 * A privacy notice in full, in one language, with its version: on /privacy (title at heading level 2) and
 * inside the contact form (level 3), its section headings one level below.
 */
@StyleSheet("styles/lead.css")
public class PrivacyNoticeText extends Div {

    public PrivacyNoticeText(PrivacyNotice notice, Locale locale, int titleLevel) {
        addClassName("privacy-notice");
        getElement().appendChild(heading(titleLevel, notice.title().in(locale)));
        Paragraph version = new Paragraph(getTranslation("lead.privacy.version", notice.version()));
        version.addClassName("privacy-notice-version");
        add(version);
        for (PrivacyNotice.Section section : notice.sections()) {
            getElement().appendChild(heading(titleLevel + 1, section.heading().in(locale)));
            section.paragraphs().forEach(paragraph -> add(new Paragraph(paragraph.in(locale))));
        }
    }

    private static Element heading(int level, String text) {
        return new Element("h" + level).setText(text);
    }
}
