package cn.whuh.portal.base.ui;

import cn.whuh.portal.base.i18n.Languages;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;

/**
 * The frame of every public page: a header with the study's short name and the language switch, the
 * page itself in a {@code <main>} landmark, and a footer with the site's phone ({@link SiteIdentity}), privacy
 * and staff login.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private final LanguageSwitch languageSwitch = new LanguageSwitch();

    public MainLayout(SiteIdentity site) {
        addClassName("portal-frame");
        Anchor skip = new Anchor("#main", getTranslation("layout.skip"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);

        Anchor brand = new Anchor("/", getTranslation("layout.brand"));
        brand.addClassName("brand");
        Span registry = new Span(site.registryId());
        registry.addClassName("brand-id");
        Div brandBlock = new Div(brand, registry);
        brandBlock.addClassName("brand-block");
        Header header = new Header(brandBlock, languageSwitch);
        header.addClassName("portal-header");

        main.setId("main");
        main.addClassName("portal-main");
        main.getElement().setAttribute("tabindex", "-1");

        add(skip, header, main, footer(site));
    }

    private Footer footer(SiteIdentity site) {
        Anchor phone = new Anchor(site.phoneTelUri(), site.phoneDisplay());
        phone.addClassName("footer-phone");
        Paragraph contact = new Paragraph(getTranslation("layout.footer.contact") + " ");
        contact.add(phone);
        Anchor privacy = new Anchor("/privacy", getTranslation("layout.footer.privacy"));
        Anchor staff = new Anchor("/login", getTranslation("layout.footer.staff"));
        staff.getElement().setAttribute("router-ignore", true);
        Div links = new Div(privacy, staff);
        links.addClassName("footer-links");
        Paragraph where = new Paragraph(getTranslation("layout.footer.site"));
        Footer footer = new Footer(contact, where, links);
        footer.addClassName("portal-footer");
        return footer;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        languageSwitch.update(event.getLocation(), getLocale());
        getElement().executeJs("document.documentElement.lang = $0", Languages.htmlLang(getLocale()));
    }
}
