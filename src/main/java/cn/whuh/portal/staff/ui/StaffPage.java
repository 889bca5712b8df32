package cn.whuh.portal.staff.ui;

import cn.whuh.portal.triage.ui.LeadQueueView;
import cn.whuh.portal.triage.ui.StaffHomeView;
import cn.whuh.portal.notify.ui.OutboxView;
import cn.whuh.portal.settings.ui.SettingsView;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of every staff page: a bar with the staff sections (by role), who is signed in, and sign-out,
 * then the page's own content. Public so that staff pages of other features (the mail outbox) get the same
 * frame, title and first-sign-in password change guard.
 */
@StyleSheet("styles/staff.css")
public abstract class StaffPage extends Div implements HasDynamicTitle {

    private final String titleKey;

    protected StaffPage(String titleKey, AuthenticationContext authentication) {
        this.titleKey = titleKey;
        addClassName("staff-page");
        Nav nav = new Nav();
        nav.addClassName("staff-nav");
        nav.add(link("staff.nav.dashboard", StaffHomeView.class), link("staff.nav.leads", LeadQueueView.class));
        if (CurrentStaff.has(StaffRole.ADMIN)) {
            nav.add(link("staff.nav.users", UsersView.class), link("staff.nav.audit", AuditView.class),
                    link("staff.nav.outbox", OutboxView.class), link("settings.nav", SettingsView.class));
        }
        Span user = new Span(CurrentStaff.username());
        user.addClassName("staff-user");
        Button logout = new Button(getTranslation("staff.nav.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("staff-logout");
        Div who = new Div(user, new Anchor("/staff/password", getTranslation("staff.nav.password")), logout);
        who.addClassName("staff-who");
        nav.add(who);
        add(nav);
    }

    private RouterLink link(String key, Class<? extends com.vaadin.flow.component.Component> view) {
        RouterLink link = new RouterLink(getTranslation(key), view);
        link.setHighlightCondition((l, event) -> event.getLocation().getPath().equals(l.getHref()));
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
