package cn.whuh.portal.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response, Vaadin pages, API, static files and errors alike (docs/security.md):
 * <ul>
 * <li>{@value #CSP}: Vaadin Flow needs inline and evaluated scripts and inline styles for its client engine
 * (Vaadin's documented minimum); everything else only from the portal itself, no plug-ins, no framing by
 * anyone;</li>
 * <li>no MIME sniffing; the referrer only as the origin to other sites (a feature that must send none, such as
 * the personal page, sets {@code no-referrer} itself); no camera, microphone, location and the like;</li>
 * <li>{@code Cache-Control: no-store} on the staff pages, the sign-in page and any answer to a signed-in
 * person;</li>
 * <li>HSTS when the request came over TLS (directly or through a trusted proxy, {@link TrustedProxies}).</li>
 * </ul>
 * Set before the request is handled, so a later filter or Spring Security may only make them stricter.
 */
public class SecurityHeaders extends OncePerRequestFilter {

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self'; worker-src 'self' blob:; manifest-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=(), browsing-topics=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        set(request, response);
        if (isPrivate(request)) {
            setUnlessSet(response, "Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** The headers every response gets, also those Tomcat writes itself ({@link ProblemReportValve}). */
    static void set(HttpServletRequest request, HttpServletResponse response) {
        setUnlessSet(response, "Content-Security-Policy", CSP);
        setUnlessSet(response, "X-Content-Type-Options", "nosniff");
        setUnlessSet(response, "X-Frame-Options", "DENY");
        setUnlessSet(response, "Referrer-Policy", "strict-origin-when-cross-origin");
        setUnlessSet(response, "Permissions-Policy", PERMISSIONS);
        if (request.isSecure()) {
            setUnlessSet(response, "Strict-Transport-Security", HSTS);
        }
    }

    /** An error dispatch keeps what the request's own handling set (e.g. the personal page's no-referrer). */
    private static void setUnlessSet(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }

    /** Judged on the session, as this filter runs before Spring Security has read it. */
    private static boolean signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            return session != null
                    && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    /** Staff pages, the sign-in page and everything a signed-in person sees may show personal or health data. */
    private static boolean isPrivate(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/staff") || path.startsWith("/staff/") || path.equals("/login")
                || signedIn(request);
    }
}
