package cn.whuh.portal.base.ui;

import cn.whuh.portal.base.error.Failures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When an action on a page (a click, a save) fails because the database cannot be reached, the page says so in the
 * user's language and stays as it is, instead of Vaadin's internal error; the log gets one line, no stack trace
 * (docs/embedded-database.md#faults). Other errors go to Vaadin's default handling. Pages that cannot even open
 * show {@link UnavailableView}.
 */
@Component
public class UnavailableNotice implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnavailableNotice.class);
    private static final int SHOWN_MS = 10_000;

    private final transient ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (!Failures.isUnavailable(event.getThrowable()) || ui == null) {
            fallback.error(event);
            return;
        }
        log.warn("Page action failed, the database cannot be reached: {}", Failures.describe(event.getThrowable()));
        Notification.show(ui.getTranslation("unavailable.text"), SHOWN_MS, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
