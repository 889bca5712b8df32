package cn.whuh.portal.base.ui;

import cn.whuh.portal.base.error.Failures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a visitor sees when something fails while a page is open (a click, a value change): a translated
 * notification with a reference to quote, and nothing else changes, so what was typed stays on the page. The log
 * gets one line with the reference and the failure's classes and place ({@link Failures#describe}), never its
 * messages, which can quote a name, a phone number or an answer. Failures while opening a page show
 * {@link FailureView} instead.
 */
@Component
public class ViewErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ViewErrorHandler.class);
    private static final int SHOWN_MS = 10_000;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String reference = Failures.newReference();
        String message = logged(event.getThrowable(), reference);
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = new Notification(ui.getTranslation(message, reference), SHOWN_MS,
                    Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setId("failure-notice");
            notification.open();
        }
    }

    /**
     * Logs {@code failure} under {@code reference} in one line without messages, and returns the translation key
     * of what the visitor is told: "try again in a minute" when the database cannot be reached, else "something
     * went wrong" with the reference.
     */
    static String logged(Throwable failure, String reference) {
        if (Failures.isUnavailable(failure)) {
            log.warn("Page action failed, database unavailable [ref {}]: {}", reference, Failures.describe(failure));
            return "failure.unavailable";
        }
        log.error("Page action failed [ref {}]: {}", reference, Failures.describe(failure));
        return "failure.unexpected";
    }
}
