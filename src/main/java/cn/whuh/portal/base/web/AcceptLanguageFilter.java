package cn.whuh.portal.base.web;

import cn.whuh.portal.base.i18n.AcceptLanguages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request and of every error dispatch ({@link WebHardening}): the request's Accept-Language as
 * {@link AcceptLanguages} reads it, so no part of the portal (Spring, Vaadin, the API, the error page) sees
 * Tomcat's own parsing, which throws on more than ten ranges and so turned every page into a redirect loop.
 */
public class AcceptLanguageFilter extends OncePerRequestFilter {

    private static final String HEADER = "Accept-Language";

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Cleaned(request, AcceptLanguages.parse(request.getHeader(HEADER))), response);
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        private final AcceptLanguages languages;

        Cleaned(HttpServletRequest request, AcceptLanguages languages) {
            super(request);
            this.languages = languages;
        }

        @Override
        public String getHeader(String name) {
            return HEADER.equalsIgnoreCase(name) ? languages.header() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!HEADER.equalsIgnoreCase(name)) {
                return super.getHeaders(name);
            }
            return languages.header() == null ? Collections.emptyEnumeration()
                    : Collections.enumeration(List.of(languages.header()));
        }

        @Override
        public Locale getLocale() {
            return languages.locales().isEmpty() ? Locale.getDefault() : languages.locales().getFirst();
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(languages.locales().isEmpty() ? List.of(Locale.getDefault())
                    : languages.locales());
        }
    }
}
