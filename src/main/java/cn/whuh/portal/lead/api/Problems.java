package cn.whuh.portal.lead.api;

import cn.whuh.portal.prescreen.InvalidAnswersException.FieldProblem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details of the lead API, with the {@code errors} array of public-api.md. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    static ProblemDetail withErrors(HttpStatus status, String detail, List<FieldProblem> problems, Locale locale) {
        ProblemDetail problem = of(status, detail);
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message().in(locale)))
                .toList());
        return problem;
    }
}
