package cn.whuh.portal.base.i18n;

import cn.whuh.portal.base.Cookies;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Chooses each new UI's language: a {@code ?lang=} link first (and remembers it), then the language the
 * visitor picked before (cookie), then the browser's Accept-Language, then English.
 */
@Component
public class LanguageInitializer implements VaadinServiceInitListener {

    /** The parameter of Vaadin's UI init request that carries the page's own query string. */
    private static final String PAGE_QUERY = "query";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            Optional<Locale> fromLink = fromLink(request);
            fromLink.ifPresent(LanguageInitializer::remember);
            Locale locale = fromLink.or(() -> remembered(request))
                    .orElseGet(() -> Languages.closest(uiEvent.getUI().getLocale()));
            uiEvent.getUI().setLocale(locale);
        });
    }

    private static Optional<Locale> fromLink(VaadinRequest request) {
        String query = request == null ? null : request.getParameter(PAGE_QUERY);
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        return QueryParameters.fromString(query).getSingleParameter(Languages.PARAMETER).flatMap(Languages::fromCode);
    }

    /** The language the visitor picked before (the {@link Languages#COOKIE} cookie), if any. */
    public static Optional<Locale> remembered(VaadinRequest request) {
        return Cookies.value(request, Languages.COOKIE).flatMap(Languages::fromCode);
    }

    /** Keeps a language picked by link or switch for a year, so later visits open in it. */
    private static void remember(Locale locale) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookies.keep(response, Languages.COOKIE, Languages.code(locale), Duration.ofDays(365));
        }
    }
}
