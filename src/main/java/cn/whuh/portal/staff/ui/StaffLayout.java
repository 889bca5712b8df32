package cn.whuh.portal.staff.ui;

import cn.whuh.portal.base.ui.MainLayout;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffProperties;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;

/**
 * The frame of every staff page ({@code @Route(value = "staff/…", layout = StaffLayout.class)}), inside the
 * portal's {@link MainLayout}: a bar with the
 * staff sections, who is signed in, the password change and sign-out, then the page. The sections are the views
 * that carry {@code @Menu} (their title a translation key), as {@link MenuConfiguration} lists them: only those
 * the signed-in user's roles may open. So a feature adds a staff page without this class knowing it. Before an
 * idle session ends, it warns ({@link IdleWarning}).
 */
@ParentLayout(MainLayout.class)
@PermitAll
@StyleSheet("styles/staff.css")
public class StaffLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** The staff home page (the dashboard), where sign-in and a password change lead. */
    public static final String HOME = "staff";

    private final Nav nav = new Nav();
    private final Div content = new Div();
    private final List<Anchor> links;

    public StaffLayout(AuthenticationContext authentication, StaffProperties properties) {
        addClassName("staff-page");
        nav.addClassName("staff-nav");
        links = MenuConfiguration.getMenuEntries(getLocale()).stream().map(this::link).toList();
        links.forEach(nav::add);
        Span user = new Span(CurrentStaff.username());
        user.addClassName("staff-user");
        Button logout = new Button(getTranslation("staff.nav.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("staff-logout");
        Div who = new Div(user, new Anchor("/staff/password", getTranslation("staff.nav.password")), logout);
        who.addClassName("staff-who");
        nav.add(who);
        content.addClassName("staff-content");
        add(nav, content, new IdleWarning(properties.idleTimeout()));
    }

    private Anchor link(MenuEntry entry) {
        Anchor link = new Anchor(entry.path(), getTranslation(entry.title()));
        link.getElement().setAttribute("data-path", entry.path());
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(Objects.requireNonNull(view.getElement()));
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = "/" + event.getLocation().getPath();
        for (Anchor link : links) {
            boolean here = path.equals(link.getHref());
            link.getElement().setAttribute("highlight", here);
            if (here) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }
}
