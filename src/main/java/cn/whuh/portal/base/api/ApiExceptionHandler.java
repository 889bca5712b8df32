package cn.whuh.portal.base.api;

import cn.whuh.portal.prescreen.InvalidAnswersException;
import cn.whuh.portal.prescreen.InvalidAnswersException.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details ({@code application/problem+json}): Spring MVC's own
 * errors (malformed JSON, unknown routes, wrong methods, {@code ResponseStatusException}) and invalid input,
 * which lists one {@code {field, message}} per offending field in the request's language.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    public ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    /** Invalid input (answers, contact fields): 400 with an {@code errors} array, one entry per field. */
    @ExceptionHandler(InvalidAnswersException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidAnswersException e, HttpServletRequest request) {
        Locale locale = ApiLanguage.of(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("api.problem.invalid.detail", null, locale));
        problem.setTitle(messages.getMessage("api.problem.invalid.title", null, locale));
        problem.setProperty("errors", errors(e.problems(), locale));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The {@code errors} of a problem detail: one {@code {field, message}} per problem, in the given language. */
    public static List<Map<String, String>> errors(List<FieldProblem> problems, Locale locale) {
        return problems.stream().map(p -> Map.of("field", p.field(), "message", p.message().in(locale))).toList();
    }
}
