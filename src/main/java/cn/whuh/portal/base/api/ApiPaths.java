package cn.whuh.portal.base.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Which requests belong to the JSON API: everything under {@value #PREFIX}, however the path was written. */
public final class ApiPaths {

    public static final String PREFIX = "/api";

    private ApiPaths() {
    }

    /**
     * Judged on the servlet path, which the container has already decoded and normalised ({@code //api} and
     * {@code /api/x;jsessionid=…} count as API paths), and on the path as sent (so {@code /api/%2e%2e/x}, which
     * normalises to elsewhere, is still answered as the API), so odd spellings get problem details too.
     */
    public static boolean isApi(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // an error page dispatch for an error the container raised itself: judged on the original path
            Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return original instanceof String uri && isPrefix(uri.substring(Math.min(uri.length(),
                    request.getContextPath().length())).replaceAll("/{2,}", "/"));
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String uri = request.getRequestURI();
        String sent = uri == null ? "" : uri.substring(Math.min(uri.length(), request.getContextPath().length()))
                .replaceAll("/{2,}", "/");
        return isPrefix(path) || isPrefix(sent);
    }

    private static boolean isPrefix(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/") || path.startsWith(PREFIX + ";");
    }
}
