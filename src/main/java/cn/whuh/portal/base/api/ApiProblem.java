package cn.whuh.portal.base.api;

import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error the API answers with problem details: a status and a message key whose texts are looked up in the
 * caller's language, {@code key.title} for the title (else the status's title) and {@code key} for the detail.
 * {@link FieldProblem}s, if any, become the {@code errors} array. Controllers throw it or hand it to
 * {@link ProblemDetails#respond}.
 */
public class ApiProblem extends ErrorResponseException {

    private final String key;
    private final transient List<FieldProblem> errors;

    public ApiProblem(HttpStatusCode status, String key, Object... arguments) {
        this(status, List.of(), key, arguments);
    }

    public ApiProblem(HttpStatusCode status, List<FieldProblem> errors, String key, Object... arguments) {
        super(status, ProblemDetail.forStatus(status), null, key, arguments);
        this.key = key;
        this.errors = List.copyOf(errors);
    }

    @Override
    public String getTitleMessageCode() {
        return key + ".title";
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
