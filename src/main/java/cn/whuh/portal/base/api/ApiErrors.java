package cn.whuh.portal.base.api;

import cn.whuh.portal.base.error.Failures;
import jakarta.servlet.ServletException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;

/** Which problem an exception is for the API caller. */
final class ApiErrors {

    private ApiErrors() {
    }

    static ErrorResponse of(Throwable failure) {
        if (failure instanceof ServletException wrapper && wrapper.getCause() != null) {
            return of(wrapper.getCause());
        }
        if (failure instanceof FieldProblemsException invalid) {
            return new ApiProblem(HttpStatus.BAD_REQUEST, invalid.problems(), "api.problem.invalid");
        }
        if (failure instanceof ErrorResponse known) {
            // Spring MVC's own (404, 405, 406, 415, missing header, …) and the portal's ApiProblems
            return known;
        }
        if (Failures.isUnavailable(failure)) {
            ApiProblem unavailable = new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "api.problem.unavailable",
                    Failures.RETRY_AFTER.toSeconds());
            unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Failures.RETRY_AFTER.toSeconds()));
            return unavailable;
        }
        if (failure instanceof HttpMessageNotReadableException || failure instanceof TypeMismatchException) {
            return new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.unreadable");
        }
        return new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.internal");
    }
}
