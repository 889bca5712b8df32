package cn.whuh.portal.staff.ui;

import cn.whuh.portal.staff.StaffProperties;
import cn.whuh.portal.staff.ThrottledAuthenticationProvider.TooManyFailedLoginsException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;

/** Sign-in for study staff; Spring Security handles the form post to {@code /login}. */
@Route("login")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    /** The configured lockout ({@code portal.staff.lockout}) in whole minutes, rounded up, for the message. */
    private final long lockoutMinutes;

    public LoginView(StaffProperties properties) {
        this.lockoutMinutes = Math.ceilDiv(properties.lockout().toSeconds(), 60);
        addClassName("login-page");
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        add(form);
    }

    /** After a failed sign-in the form says so; after too many, that the staff member must wait. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        boolean locked = error && lastFailure() instanceof TooManyFailedLoginsException;
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setUsername(getTranslation("login.username.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        i18n.getErrorMessage().setTitle(getTranslation(locked ? "staff.login.locked.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(locked ? getTranslation("staff.login.locked.message", lockoutMinutes)
                : getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setError(error);
    }

    /** Spring Security keeps the last sign-in failure in the session for the login page. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
