package cn.whuh.portal.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's production bundle under {@code /VAADIN/build/} has a content hash in every file name
 * ({@code indexhtml-QXbTLm33.js}): a changed file gets a new name, so a browser may keep these for a year without
 * asking again ({@value #IMMUTABLE}). Vaadin's static file server gives them an hour; this filter replaces the
 * {@code Cache-Control} it sets when it serves such a file (not an error for a missing one, which sets none).
 * The theme's style sheets ({@code ?v-c=}) already get a year from Vaadin (docs/performance.md#p1).
 */
public class HashedResourceCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "max-age=31536000, immutable";
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css|woff2?)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HASHED.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? IMMUTABLE : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if ("Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, IMMUTABLE);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
