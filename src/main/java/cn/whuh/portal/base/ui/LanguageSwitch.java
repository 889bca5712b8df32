package cn.whuh.portal.base.ui;

import cn.whuh.portal.base.i18n.Languages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "English | 中文": plain links to the current page with {@code ?lang=}, loaded in full so that the
 * whole page, its title and meta tags are rendered again in the chosen language (which is remembered).
 */
public class LanguageSwitch extends Nav {

    private final Anchor english = link("English", Languages.ENGLISH);
    private final Anchor chinese = link("中文", Languages.CHINESE);

    public LanguageSwitch() {
        addClassName("language-switch");
        getElement().setAttribute("aria-label", getTranslation("layout.language"));
        add(english, chinese);
    }

    private Anchor link(String label, Locale locale) {
        Anchor anchor = new Anchor("?lang=" + Languages.code(locale), label);
        anchor.getElement().setAttribute("lang", Languages.code(locale));
        anchor.getElement().setAttribute("hreflang", Languages.code(locale));
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    /** Points both links at the page being shown and marks the current language. */
    void update(Location location, Locale current) {
        for (Anchor anchor : List.of(english, chinese)) {
            Locale target = anchor == english ? Languages.ENGLISH : Languages.CHINESE;
            anchor.setHref(hrefFor(location, target));
            boolean active = Languages.code(target).equals(Languages.code(current));
            if (active) {
                anchor.getElement().setAttribute("aria-current", "true");
            } else {
                anchor.getElement().removeAttribute("aria-current");
            }
        }
    }

    static String hrefFor(Location location, Locale target) {
        Map<String, List<String>> parameters = new HashMap<>(location.getQueryParameters().getParameters());
        parameters.put(Languages.PARAMETER, List.of(Languages.code(target)));
        return "/" + location.getPath() + "?" + new QueryParameters(parameters).getQueryString();
    }
}
