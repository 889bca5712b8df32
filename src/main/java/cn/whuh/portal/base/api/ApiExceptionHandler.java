package cn.whuh.portal.base.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every exception of a JSON API request becomes problem details ({@link ProblemDetails}): invalid input (400 with
 * one {@code errors} entry per field), Spring MVC's own errors whether or not a controller was found (malformed
 * JSON, unknown paths, wrong methods, unsupported media types), an unreachable database (503 with
 * {@code Retry-After}) and anything unexpected (500). Exceptions of other requests (the staff export, static
 * files) are left to Spring's default handling.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler {

    private final ProblemDetails problems;

    public ApiExceptionHandler(ProblemDetails problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> problem(Exception failure, HttpServletRequest request) throws Exception {
        if (!ApiPaths.isApi(request)) {
            throw failure; // declines: Spring goes on with its default handling
        }
        return problems.respond(request, ApiErrors.of(failure), failure);
    }
}
