package cn.whuh.portal.base.i18n;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
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
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(c -> Languages.COOKIE.equals(c.getName()))
                        .findFirst()
                        .flatMap(c -> Languages.fromCode(c.getValue()));
    }

    /** Keeps a language picked by link or switch for a year, so later visits open in it. */
    private static void remember(Locale locale) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(Languages.COOKIE, Languages.code(locale));
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }
}
