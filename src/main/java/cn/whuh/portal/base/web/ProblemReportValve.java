package cn.whuh.portal.base.web;

import cn.whuh.portal.base.api.ApiPaths;
import cn.whuh.portal.base.api.ProblemDetails;
import java.io.IOException;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

/**
 * Tomcat's last word on an error nothing else answered, e.g. a request refused before it reaches the portal (a
 * path that is not valid UTF-8, {@code %00}): problem details for {@code /api} paths (built by
 * {@link ProblemDetails}, as every API error), else Tomcat's plain page without report or server version.
 */
public class ProblemReportValve extends ErrorReportValve {

    private final Supplier<ProblemDetails> problems;

    public ProblemReportValve() {
        this(() -> null);
    }

    ProblemReportValve(Supplier<ProblemDetails> problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        ProblemDetails details = problems.get();
        int status = response.getStatus();
        if (!response.isCommitted()) {
            SecurityHeaders.set(request, response);
        }
        if (details == null || status < 400 || response.getContentWritten() > 0 || !isApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        try {
            details.write(request, response, new ErrorResponseException(HttpStatusCode.valueOf(status)), throwable);
        } catch (IOException | RuntimeException e) {
            // the client is gone or the response cannot be written: nothing more to say
        }
    }

    /** On the path as sent: a request refused before it was parsed has no servlet path. */
    private static boolean isApi(Request request) {
        String uri = request.getDecodedRequestURI() != null ? request.getDecodedRequestURI() : request.getRequestURI();
        return uri != null && (uri.replaceAll("/{2,}", "/").equals(ApiPaths.PREFIX)
                || uri.replaceAll("/{2,}", "/").startsWith(ApiPaths.PREFIX + "/"));
    }
}
