package cn.whuh.portal.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;

/**
 * Warns before an idle staff session ends (issue 13, item 10). The session ends {@code idleTimeout} after the
 * last request that was not a heartbeat ({@code vaadin.closeIdleSessions}, {@code IdleSessionEnd}); the browser
 * counts the same time from the last such request it sent (every Vaadin {@code v-r=uidl} call) and, a minute
 * before the end (half the timeout when it is shorter than two minutes), shows the warning with "Stay signed in",
 * whose click is such a request. At the end it covers the page ("You were signed out", "Sign in again"). The
 * browser does this alone: asking the server would itself count as activity. The state is the attribute
 * {@code data-state} ({@code warning}, {@code ended}), set only in the browser.
 */
class IdleWarning extends Div {

    /** How long before the end the warning shows, at most. */
    static final Duration LEAD = Duration.ofMinutes(1);

    IdleWarning(Duration idleTimeout) {
        Duration lead = idleTimeout.compareTo(LEAD.multipliedBy(2)) < 0 ? idleTimeout.dividedBy(2) : LEAD;
        Paragraph warning = new Paragraph(getTranslation("staff.idle.warning", lead.toSeconds()));
        Button stay = new Button(getTranslation("staff.idle.stay"), e -> { });
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stay.setId("idle-stay");
        Div whenWarning = new Div(warning, stay);
        whenWarning.addClassName("idle-when-warning");
        Anchor signIn = new Anchor("/login", getTranslation("staff.idle.signIn"));
        signIn.addClassName("cta");
        Div whenEnded = new Div(new Paragraph(getTranslation("staff.idle.ended")), signIn);
        whenEnded.addClassName("idle-when-ended");
        add(whenWarning, whenEnded);
        addClassName("idle-warning");
        setId("idle-warning");
        getElement().setAttribute("role", "alert");
        long warnAfter = idleTimeout.minus(lead).toMillis();
        long endAfter = idleTimeout.toMillis();
        addAttachListener(attached -> getElement().executeJs("""
                const idle = window.portalIdle || (window.portalIdle = {});
                idle.box = this;
                idle.reset = () => {
                  clearTimeout(idle.warn);
                  clearTimeout(idle.end);
                  if (idle.box.getAttribute('data-state') === 'ended') { return; }
                  idle.box.removeAttribute('data-state');
                  idle.warn = setTimeout(() => idle.box.setAttribute('data-state', 'warning'), $0);
                  idle.end = setTimeout(() => idle.box.setAttribute('data-state', 'ended'), $1);
                };
                if (!idle.watching) {
                  idle.watching = true;
                  const open = XMLHttpRequest.prototype.open;
                  XMLHttpRequest.prototype.open = function (method, url) {
                    if (String(url).indexOf('v-r=uidl') >= 0) {
                      this.addEventListener('load', () => window.portalIdle.reset());
                    }
                    return open.apply(this, arguments);
                  };
                }
                idle.reset();""", warnAfter, endAfter));
    }
}
