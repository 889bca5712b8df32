package cn.whuh.portal.staff;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * With {@code vaadin.closeIdleSessions}, Vaadin closes a session whose only traffic for the session timeout was
 * heartbeats (an idle open tab), but it leaves the HTTP session, and with it the sign-in, in place. This ends
 * the HTTP session too, so an idle staff member must sign in again.
 */
@Component
class IdleSessionEnd implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession http = destroyed.getSession().getSession();
            if (http != null) {
                try {
                    http.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // the HTTP session ended first (sign-out or container timeout): nothing left to do
                }
            }
        });
    }
}
