package cn.whuh.portal.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The staff start page, reachable only after signing in. */
@Route("staff")
@PermitAll
public class StaffHomeView extends Div implements HasDynamicTitle {

    public StaffHomeView() {
        addClassName("text-page");
        add(new H1(getTranslation("staff.home.title")), new Paragraph(getTranslation("staff.home.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.home.title");
    }
}
