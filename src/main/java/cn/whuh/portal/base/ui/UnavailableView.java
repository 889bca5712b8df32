package cn.whuh.portal.base.ui;

import cn.whuh.portal.base.error.Failures;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;

/**
 * A page that could not open because of Spring's data access or transaction errors (all {@link
 * NestedRuntimeException}s): when the database cannot be reached, a translated "try again in a minute" (503);
 * otherwise a translated "something went wrong" with a reference that is also in the log line (500). Never a
 * stack trace (docs/embedded-database.md#faults).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnavailableView extends Div implements HasErrorParameter<NestedRuntimeException>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(UnavailableView.class);

    private String title = "";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NestedRuntimeException> parameter) {
        removeAll();
        addClassName("text-page");
        Throwable failure = parameter.getCaughtException();
        if (Failures.isUnavailable(failure)) {
            log.warn("Page /{} not shown, the database cannot be reached: {}", event.getLocation().getFirstSegment(),
                    Failures.describe(failure));
            title = getTranslation("unavailable.title");
            add(new H1(title), new Paragraph(getTranslation("unavailable.text")));
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        String reference = Failures.newReference();
        log.error("Page /{} failed [{}]: {}", event.getLocation().getFirstSegment(), reference,
                Failures.describe(failure));
        title = getTranslation("failed.title");
        add(new H1(title), new Paragraph(getTranslation("failed.text", reference)));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
