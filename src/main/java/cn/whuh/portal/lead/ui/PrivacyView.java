package cn.whuh.portal.lead.ui;

import cn.whuh.portal.lead.PrivacyNotices;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** How the portal treats personal and health data: a summary, then each study's privacy notice in full. */
@Route("privacy")
@AnonymousAllowed
public class PrivacyView extends Div implements HasDynamicTitle {

    public PrivacyView(PrivacyNotices notices) {
        addClassName("text-page");
        add(new H1(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.summary")));
        notices.all().values().forEach(notice -> add(new PrivacyNoticeText(notice, getLocale(), 2)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}
