package cn.whuh.portal.staff.ui;

import cn.whuh.portal.base.ui.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The portal's own, translated "not allowed" page (issue 13, item 11): a signed-in staff member whose browser
 * opens a staff address their role does not allow (the CSV export for a recruiter) is sent here
 * ({@code SecurityConfig#forbiddenPage}, {@code ?from=} the address) instead of getting the browser's bare
 * error page.
 */
@Route(value = ForbiddenView.PATH, layout = MainLayout.class)
@AnonymousAllowed
public class ForbiddenView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "forbidden";
    public static final String FROM = "from";
    private static final int MAX_FROM = 200;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        addClassName("text-page");
        String what = event.getLocation().getQueryParameters().getSingleParameter(FROM)
                .filter(from -> from.startsWith("/" + StaffLayout.HOME + "/") && from.length() <= MAX_FROM)
                .orElse("/" + PATH);
        Anchor back = new Anchor("/" + StaffLayout.HOME, getTranslation("staff.forbidden.back"));
        back.addClassName("cta");
        Paragraph text = new Paragraph(getTranslation("staff.forbidden.text", what));
        text.setId("forbidden-text");
        add(new H1(getTranslation("staff.forbidden.title")), text, back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.forbidden.title");
    }
}
