package cn.whuh.portal.base.api;

import cn.whuh.portal.base.error.Failures;
import cn.whuh.portal.base.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that builds the API's RFC 9457 problem details ({@code application/problem+json}) and logs them,
 * one line each, without input or stack trace. Title and detail are in the caller's language
 * ({@link ApiLanguage}): the error's own message codes first ({@link ApiProblem}: {@code key.title}, {@code key}),
 * else the status's ({@code api.problem.<status>.title}, {@code api.problem.<status>.detail}); Spring's English
 * messages, which may quote the request, are never shown. Field problems become {@code errors}:
 * {@code [{field, message}]}.
 */
@Component
public class ProblemDetails {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetails.class);

    private final MessageSource messages;
    private final JsonMapper json;

    public ProblemDetails(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The answer to an error: its status, its headers (e.g. {@code Allow}, {@code Retry-After}) and the problem. */
    public ResponseEntity<ProblemDetail> respond(HttpServletRequest request, ErrorResponse error, Throwable cause) {
        Locale locale = ApiLanguage.of(request);
        HttpStatusCode status = error.getStatusCode();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(text(error.getTitleMessageCode(), null, "api.problem." + status.value() + ".title", locale,
                reasonPhrase(status)));
        problem.setDetail(text(error.getDetailMessageCode(), error.getDetailMessageArguments(),
                "api.problem." + status.value() + ".detail", locale, null));
        instance(request).ifPresent(problem::setInstance);
        if (error instanceof ApiProblem api && !api.errors().isEmpty()) {
            problem.setProperty("errors", api.errors().stream()
                    .map(p -> Map.of("field", p.field(), "message", p.message().in(locale))).toList());
        }
        log(request, status, cause);
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(error.getHeaders());
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.set(HttpHeaders.CONTENT_LANGUAGE, Languages.code(locale));
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    public ResponseEntity<ProblemDetail> respond(HttpServletRequest request, ErrorResponse error) {
        return respond(request, error, error instanceof Throwable t ? t : null);
    }

    /** Writes the answer straight to the servlet response, for filters that answer before Spring MVC does. */
    public void write(HttpServletRequest request, HttpServletResponse response, ErrorResponse error, Throwable cause)
            throws IOException {
        ResponseEntity<ProblemDetail> answer = respond(request, error, cause);
        response.resetBuffer();
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.setHeader(name, value)));
        byte[] body = json.writeValueAsBytes(fields(answer.getBody()));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** The problem's members as Spring MVC writes them: the standard ones, then the extra properties. */
    private static Map<String, Object> fields(ProblemDetail problem) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (problem.getType() != null) {
            fields.put("type", problem.getType().toString());
        }
        fields.put("title", problem.getTitle());
        fields.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            fields.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            fields.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            fields.putAll(problem.getProperties());
        }
        return fields;
    }

    private String text(String code, Object[] arguments, String statusCode, Locale locale, String fallback) {
        String own = code == null ? null : messages.getMessage(code, arguments, null, locale);
        return own != null ? own : messages.getMessage(statusCode, null, fallback, locale);
    }

    private static String reasonPhrase(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error " + status.value() : known.getReasonPhrase();
    }

    /** The request's path as the problem's {@code instance}, when it is a valid URI reference. */
    private static Optional<URI> instance(HttpServletRequest request) {
        try {
            return Optional.of(new URI(request.getRequestURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * One line per error: status, method, the route (its pattern, e.g. {@code /api/studies/{nctId}/leads}, never the
     * path as sent, which may carry input) and the failure's classes; a server error also says where it happened.
     */
    private static void log(HttpServletRequest request, HttpStatusCode status, Throwable cause) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String route = pattern instanceof String p && !p.equals("/**") ? p : "(no route)";
        String method = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE")
                .contains(request.getMethod()) ? request.getMethod() : "(other method)";
        String failure = cause == null ? "-" : status.is5xxServerError() ? Failures.describe(cause)
                : cause.getClass().getSimpleName();
        if (status.value() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            LOG.error("API {} {} {}: {}", status.value(), method, route, failure);
        } else if (status.is5xxServerError()) {
            LOG.warn("API {} {} {}: {}", status.value(), method, route, failure);
        } else {
            LOG.info("API {} {} {}: {}", status.value(), method, route, failure);
        }
    }
}
