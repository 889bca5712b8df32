package cn.whuh.portal.notify.ui;

import cn.whuh.portal.notify.Outbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * For an ADMIN, on the staff dashboard: how many messages are DEAD (never delivered, or caught in sending by a
 * crash), with a link to the outbox where they are read and sent again; nothing for other roles or when none is
 * DEAD. A page adds it with {@code add(new DeadMailAlert())}; it finds its services itself.
 */
@StyleSheet("styles/notify.css")
public class DeadMailAlert extends Div {

    public DeadMailAlert() {
        addClassName("dead-mail-alert");
        setVisible(false);
        Instantiator beans = VaadinService.getCurrent().getInstantiator();
        if (!beans.getOrCreate(AuthenticationContext.class).hasRole("ADMIN")) {
            return;
        }
        long dead = beans.getOrCreate(Outbox.class).deadCount();
        if (dead == 0) {
            return;
        }
        setVisible(true);
        getElement().setAttribute("role", "alert");
        Span count = new Span(getTranslation("notify.dead.alert", dead));
        count.addClassName("dead-mail-count");
        add(new Paragraph(count), new RouterLink(getTranslation("notify.dead.open"), OutboxView.class));
    }
}
