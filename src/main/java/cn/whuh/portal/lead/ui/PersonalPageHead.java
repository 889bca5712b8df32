package cn.whuh.portal.lead.ui;

import cn.whuh.portal.lead.PersonalLink;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Writes {@code <meta name="robots" content="noindex">} and {@code <meta name="referrer" content="no-referrer">}
 * into the HTML of every personal page ({@code /my/…}), so that no search engine lists it and no link on it tells
 * another site the address (the headers of {@link PersonalPageFilter} say the same).
 */
@Component
public class PersonalPageHead implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            String path = response.getVaadinRequest().getPathInfo();
            if (path != null && path.startsWith("/" + PersonalLink.PATH + "/")) {
                Element head = response.getDocument().head();
                head.appendElement("meta").attr("name", "robots").attr("content", "noindex, nofollow");
                head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
            }
        });
    }
}
