package cn.whuh.portal.lead.api;

import cn.whuh.portal.base.api.ApiProblem;
import cn.whuh.portal.base.api.ProblemDetails;
import cn.whuh.portal.lead.RateLimits;
import cn.whuh.portal.lead.RateLimits.Decision;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client limits on the public API: {@code POST /api/studies/{nctId}/leads} and
 * {@code POST /api/studies/{nctId}/prescreen/evaluate}. Over the limit: 429 with {@code Retry-After}.
 */
@Component
public class RateLimitFilter extends OncePerRequestFilter {

    private static final Pattern LEADS = Pattern.compile("^/api/studies/[^/]+/leads/?$");
    private static final Pattern EVALUATE = Pattern.compile("^/api/studies/[^/]+/prescreen/evaluate/?$");

    private final RateLimits limits;
    private final ProblemDetails problems;

    RateLimitFilter(RateLimits limits, ProblemDetails problems) {
        this.limits = limits;
        this.problems = problems;
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
        ApiProblem tooMany = new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "lead.api.tooMany",
                decision.retryAfterSeconds());
        tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        problems.write(request, response, tooMany, null);
    }
}
