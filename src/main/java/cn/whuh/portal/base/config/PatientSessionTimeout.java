package cn.whuh.portal.base.config;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/**
 * Every browser session starts as a visitor's and ends after {@code portal.patient.session-timeout} without
 * activity (Vaadin closes it even while an open tab sends heartbeats, {@code vaadin.closeIdleSessions}); signing in
 * as staff sets the staff idle timeout on it instead.
 */
@Component
class PatientSessionTimeout implements HttpSessionListener {

    private final PatientSessionProperties properties;

    PatientSessionTimeout(PatientSessionProperties properties) {
        this.properties = properties;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) properties.sessionTimeout().toSeconds());
    }
}
