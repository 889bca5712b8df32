package cn.whuh.portal.base.ui;

import cn.whuh.portal.base.error.Failures;
import com.vaadin.flow.component.html.Anchor;
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

/**
 * A page that failed to open: said in the visitor's language with a reference to quote (503 "try again in a
 * minute" when the database cannot be reached), logged in one line without messages, never a stack trace on
 * screen. Pages that do not exist are {@link NotFoundView}'s.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class FailureView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private String title = "";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("text-page");
        String reference = Failures.newReference();
        String message = ViewErrorHandler.logged(parameter.getCaughtException(), reference);
        boolean unavailable = Failures.isUnavailable(parameter.getCaughtException());
        title = getTranslation(unavailable ? "unavailable.title" : "failure.title");
        Anchor home = new Anchor("/", getTranslation("notFound.home"));
        home.addClassName("cta");
        Paragraph text = new Paragraph(unavailable ? getTranslation("unavailable.text")
                : getTranslation(message, reference));
        text.setId("failure-text");
        add(new H1(title), text, home);
        return unavailable ? HttpStatusCode.SERVICE_UNAVAILABLE.getCode()
                : HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
