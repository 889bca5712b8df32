package cn.whuh.portal.base;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The portal's own small cookies: read from a request, kept by the browser for the whole site. */
public final class Cookies {

    private Cookies() {
    }

    /** The value of the cookie {@code name} the request carries, if any. */
    public static Optional<String> value(VaadinRequest request, String name) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    /** Asks the browser to keep {@code name=value} for {@code age}: every path, no script access, same site. */
    public static void keep(VaadinResponse response, String name, String value, Duration age) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge((int) age.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
