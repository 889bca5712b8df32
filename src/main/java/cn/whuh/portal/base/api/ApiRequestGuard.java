package cn.whuh.portal.base.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The JSON API's edge, in front of security and Spring MVC for every {@code /api} request, so that whatever a
 * caller sends is answered with problem details and never reaches the sign-in redirect or the container's error
 * page:
 * <ul>
 * <li>a body over {@value #MAX_BODY_BYTES} bytes is refused with 413 before anything parses it;</li>
 * <li>a Content-Type that is not a concrete media type ({@code application/*}, {@code *}{@code /*}, garbage), or
 * that is not JSON on a request with a body, is refused with 415;</li>
 * <li>an Accept header without JSON is refused with 406;</li>
 * <li>a query string the container cannot decode ({@code %ff}) is refused with 400;</li>
 * <li>an error the container raised before this filter (a {@code TRACE}) reaches it on the error dispatch and is
 * written as problem details too;</li>
 * <li>an error sent with {@code sendError} further on (the firewall's 400, the container's) is written as problem
 * details instead, and an exception that escapes everything becomes one too.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
public class ApiRequestGuard extends OncePerRequestFilter {

    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    private final ProblemDetails problems;

    public ApiRequestGuard(ProblemDetails problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.isApi(request);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (response.isCommitted()) {
                chain.doFilter(request, response);
                return;
            }
            // the container refused the request before this filter saw it (e.g. TRACE): problem details, not a page
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            problems.write(request, response, new ErrorResponseException(HttpStatusCode.valueOf(
                    status instanceof Integer code && code >= 400 ? code : 500)), null);
            return;
        }
        Optional<ApiProblem> refused = mediaTypeProblem(request).or(() -> acceptProblem(request))
                .or(() -> queryProblem(request));
        if (refused.isPresent()) {
            problems.write(request, response, refused.get(), refused.get());
            return;
        }
        byte[] body;
        try {
            body = request.getContentLengthLong() > MAX_BODY_BYTES ? null
                    : request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            problems.write(request, response, new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.unreadable"), e);
            return;
        }
        if (body == null || body.length > MAX_BODY_BYTES) {
            problems.write(request, response, new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "api.problem.tooLarge",
                    MAX_BODY_BYTES / 1024), null);
            return;
        }
        try {
            chain.doFilter(new ReadBody(request, body), new ProblemOnError(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            problems.write(request, response, ApiErrors.of(e), e);
        }
    }

    /** 415 for a Content-Type Spring cannot take apart, or a body that is not JSON. */
    private static Optional<ApiProblem> mediaTypeProblem(HttpServletRequest request) {
        String header = request.getContentType();
        boolean hasBody = BODY_METHODS.contains(request.getMethod());
        if (header == null) {
            return Optional.empty(); // Spring MVC answers 415 itself where a body is needed
        }
        try {
            MediaType type = MediaType.parseMediaType(header);
            boolean concrete = !type.isWildcardType() && !type.isWildcardSubtype();
            boolean json = MediaType.APPLICATION_JSON.isCompatibleWith(type)
                    || "application".equals(type.getType()) && type.getSubtype().endsWith("+json");
            if (concrete && (json || !hasBody)) {
                return Optional.empty();
            }
        } catch (InvalidMediaTypeException e) {
            // refused below
        }
        ApiProblem problem = new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.problem.mediaType");
        problem.getHeaders().set("Accept-Post", MediaType.APPLICATION_JSON_VALUE);
        return Optional.of(problem);
    }

    /** 406 when the caller accepts nothing the API writes (JSON, problem details). */
    private static Optional<ApiProblem> acceptProblem(HttpServletRequest request) {
        String header = request.getHeader("Accept");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            boolean json = MediaType.parseMediaTypes(header).stream().anyMatch(type -> type.getQualityValue() > 0
                    && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                            || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
            if (json) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        return Optional.of(new ApiProblem(HttpStatus.NOT_ACCEPTABLE, "api.problem.notAcceptable"));
    }

    /** 400 when the container cannot decode the query string (bad percent-encoding, not UTF-8, too many parameters). */
    private static Optional<ApiProblem> queryProblem(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.query"));
        }
    }

    /** The request with its body read into memory already, so nothing downstream reads more than the limit. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The API reads its bodies synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
        }

        private static Charset charset(String encoding) {
            try {
                return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /** A response on which {@code sendError} writes problem details instead of dispatching to the error page. */
    private final class ProblemOnError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            ErrorResponse error = new ErrorResponseException(HttpStatusCode.valueOf(status));
            problems.write(request, (HttpServletResponse) getResponse(), error, null);
        }
    }
}
