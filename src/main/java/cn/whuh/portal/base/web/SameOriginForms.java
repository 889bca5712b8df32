package cn.whuh.portal.base.web;

import cn.whuh.portal.base.api.ApiPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser's form posts (the sign-in form, Vaadin's own requests) are taken only from the portal's own pages:
 * a {@code POST} (or other changing method) whose {@code Origin} names another site, or that the browser marks
 * {@code Sec-Fetch-Site: cross-site}, is refused with 403 before anything reads it. This stops login CSRF (a
 * foreign page signing the visitor in as someone else) on top of the CSRF token. The JSON API is meant for other
 * sites and apps and is left out; a request without either header (curl, a partner's server) is not a browser's
 * cross-site request and passes on to the CSRF token check.
 */
public class SameOriginForms extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final String baseOrigin;

    public SameOriginForms(String baseUrl) {
        this.baseOrigin = origin(baseUrl);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE.contains(request.getMethod()) || ApiPaths.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        boolean foreign = origin != null && !origin(origin).equals(ownOrigin(request)) && !origin(origin).equals(baseOrigin)
                || "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
        if (foreign) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The origin the request was sent to, as the browser sees it (behind a trusted proxy: the forwarded one). */
    private static String ownOrigin(HttpServletRequest request) {
        return origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** {@code scheme://host:port}, lower case, the default port written out; "null" and garbage give "". */
    static String origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
            return uri.getHost() == null ? "" : scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException | NullPointerException e) {
            return "";
        }
    }
}
