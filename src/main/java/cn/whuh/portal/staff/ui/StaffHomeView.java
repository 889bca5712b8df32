package cn.whuh.portal.staff.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The staff start page, reachable only after signing in. */
@Route("staff")
@PermitAll
public class StaffHomeView extends StaffPage {

    public StaffHomeView(AuthenticationContext authentication) {
        super("staff.home.title", authentication);
        add(new H1(getTranslation("staff.home.title")), new Paragraph(getTranslation("staff.home.intro")));
    }
}
