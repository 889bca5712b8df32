package cn.whuh.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.dao.DataAccessResourceFailureException;

/** A test-only page whose button fails, and which fails to open when asked to ({@code ?fail=db|bug}). */
@Route("test/failing")
@AnonymousAllowed
class FailingView extends Div implements BeforeEnterObserver {

    /** What a failure's message may carry in real life: never to be logged or shown. */
    static final String PERSONAL = "Zhang San +8613800138000";

    final TextField note = new TextField("note");
    final Button save = new Button("save", click -> {
        throw new IllegalStateException("could not save " + PERSONAL);
    });

    FailingView() {
        add(note, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String fail = event.getLocation().getQueryParameters().getSingleParameter("fail").orElse("");
        if (fail.equals("db")) {
            throw new DataAccessResourceFailureException("connection refused for " + PERSONAL);
        }
        if (fail.equals("bug")) {
            throw new IllegalArgumentException("bad " + PERSONAL);
        }
    }
}
