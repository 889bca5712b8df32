package cn.whuh.portal.lead.ui;

import cn.whuh.portal.lead.PatientDoor;
import cn.whuh.portal.lead.PersonalLink;
import cn.whuh.portal.lead.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Guards the personal pages {@code /my/<token>} (docs/patient-door.md) before Vaadin renders one: no referrer
 * leaves the page, search engines do not index it, nothing caches it; each client may open
 * {@value RateLimits#PERSONAL_PAGES_PER_HOUR} an hour (then 429); a token that opens nothing, whether unknown,
 * expired or malformed, gets one and the same small not-found page in both languages (404), never a hint that a
 * lead exists. The token is looked up only by its hash and never logged.
 */
@Component
public class PersonalPageFilter extends OncePerRequestFilter {

    private static final Pattern PAGE = Pattern.compile("^/" + PersonalLink.PATH + "/([^/]*)/?$");

    private final PatientDoor door;
    private final RateLimits limits;
    private final MessageSource messages;

    PersonalPageFilter(PatientDoor door, RateLimits limits, MessageSource messages) {
        this.door = door;
        this.limits = limits;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PAGE.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        RateLimits.Decision decision = limits.tryPersonalPage(request.getRemoteAddr());
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            page(response, HttpStatus.TOO_MANY_REQUESTS, "lead.my.tooMany");
            return;
        }
        Matcher matcher = PAGE.matcher(path(request));
        matcher.matches();
        if (!door.opens(matcher.group(1))) {
            page(response, HttpStatus.NOT_FOUND, "lead.my.notFound");
            return;
        }
        chain.doFilter(request, response);
    }

    private void page(HttpServletResponse response, HttpStatus status, String key) throws IOException {
        String zh = HtmlUtils.htmlEscape(messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE));
        String en = HtmlUtils.htmlEscape(messages.getMessage(key, null, Locale.ENGLISH));
        String home = HtmlUtils.htmlEscape(messages.getMessage("notFound.home", null, Locale.SIMPLIFIED_CHINESE));
        String html = """
                <!doctype html><html lang="zh"><head><meta charset="utf-8">\
                <meta name="viewport" content="width=device-width, initial-scale=1">\
                <meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">\
                <title>%1$s</title><link rel="stylesheet" href="/styles/portal.css"></head>\
                <body><main id="main"><div class="text-page" id="my-not-found"><h1>%1$s</h1><p lang="en">%2$s</p>\
                <p><a class="cta" href="/">%3$s</a></p></div></main></body></html>""".formatted(zh, en, home);
        response.setStatus(status.value());
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
