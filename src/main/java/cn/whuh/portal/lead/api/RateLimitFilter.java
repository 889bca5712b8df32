package cn.whuh.portal.lead.api;

import cn.whuh.portal.base.api.ApiLanguage;
import cn.whuh.portal.lead.RateLimits;
import cn.whuh.portal.lead.RateLimits.Decision;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-client limits on the public API: {@code POST /api/studies/{nctId}/leads} and
 * {@code POST /api/studies/{nctId}/prescreen/evaluate}. Over the limit: 429 with {@code Retry-After}.
 */
@Component
public class RateLimitFilter extends OncePerRequestFilter {

    private static final Pattern LEADS = Pattern.compile("^/api/studies/[^/]+/leads/?$");
    private static final Pattern EVALUATE = Pattern.compile("^/api/studies/[^/]+/prescreen/evaluate/?$");

    private final RateLimits limits;
    private final MessageSource messages;
    private final JsonMapper json;

    RateLimitFilter(RateLimits limits, MessageSource messages, JsonMapper json) {
        this.limits = limits;
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String client = request.getRemoteAddr();
        Decision decision = LEADS.matcher(path).matches() ? limits.tryLeadSubmission(client)
                : EVALUATE.matcher(path).matches() ? limits.tryEvaluation(client)
                : null;
        if (decision == null || decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = ApiLanguage.of(request);
        Map<String, Object> problem = Map.of("type", "about:blank",
                "title", HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase(),
                "status", HttpStatus.TOO_MANY_REQUESTS.value(),
                "detail", messages.getMessage("lead.api.tooMany", new Object[] {decision.retryAfterSeconds()}, locale));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
    }
}
