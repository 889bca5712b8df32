package cn.whuh.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps each open page's last answer to the browser for as long as the session lives, to send it again if
 * the browser repeats a request whose answer it lost. After a page opens or changes step that answer holds the
 * whole page (190 KB for the study page), and a session lives 30 minutes after the visitor has left: most of a
 * visitor's memory. So an answer longer than {@value #KEPT_CHARS} characters is replaced, once sent, by Vaadin's
 * own "reload the page" answer: a browser that lost it reloads the page it shows, which the server builds again
 * from the address and the session (a questionnaire keeps its answers), where small answers (a typed value, a
 * click) are still sent again as before.
 */
@Component
class LargeResponsesNotKept implements VaadinServiceInitListener, VaadinRequestInterceptor {

    /** Longer answers are not kept: a page's first answer is tens of thousands of characters, a click's a few hundred. */
    static final int KEPT_CHARS = 4096;
    private static final String RELOAD = VaadinService.createCriticalNotificationJSON(null, null, null, null);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // nothing before
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
        // left to the error handlers
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        String uiId = request.getParameter(ApplicationConstants.UI_ID_PARAMETER);
        if (session == null || uiId == null || !HandlerHelper.isRequestType(request, RequestType.UIDL)) {
            return;
        }
        session.lock();
        try {
            UI ui = session.getUIById(Integer.parseInt(uiId));
            String last = ui == null ? null : ui.getInternals().getLastRequestResponse();
            if (last != null && last.length() > KEPT_CHARS) {
                ui.getInternals().setLastRequestResponse(RELOAD);
            }
        } catch (NumberFormatException e) {
            // not a page of this session
        } finally {
            session.unlock();
        }
    }
}
