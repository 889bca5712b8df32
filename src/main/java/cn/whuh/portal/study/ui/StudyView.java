package cn.whuh.portal.study.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public home page: what the study is and the way to the self-check. */
@Route("")
@AnonymousAllowed
public class StudyView extends Div implements HasDynamicTitle {

    public StudyView() {
        addClassName("study-page");
        H1 headline = new H1(getTranslation("study.headline"));
        Paragraph lead = new Paragraph(getTranslation("study.lead"));
        Anchor check = new Anchor("/prescreen", getTranslation("study.cta"));
        check.addClassName("cta");
        add(headline, lead, check);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("study.pageTitle");
    }
}
