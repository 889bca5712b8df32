package cn.whuh.portal.base.api;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests belong to the JSON API: everything under {@value #PREFIX}, however the path was written. */
public final class ApiPaths {

    public static final String PREFIX = "/api";

    private ApiPaths() {
    }

    /**
     * Judged on the servlet path, which the container has already decoded and normalised ({@code //api} and
     * {@code /api/x;jsessionid=…} count as API paths), so odd spellings get problem details too.
     */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }
}
