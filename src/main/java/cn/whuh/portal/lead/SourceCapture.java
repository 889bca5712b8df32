package cn.whuh.portal.lead;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Remembers in the session where a visitor came from: on the first page they open (an HTML page, not an
 * API call, a Vaadin request or a static file), the {@code utm_*} parameters and the referring page.
 */
@Component
public class SourceCapture extends OncePerRequestFilter {

    static final String ATTRIBUTE = SourceCapture.class.getName();
    private static final Pattern NOT_A_PAGE = Pattern.compile("^/(api|VAADIN|styles|images|actuator|favicon|sw)");

    /** The source of the visitor behind the current Vaadin or HTTP request; {@link VisitorSource#NONE} if unknown. */
    public static VisitorSource current() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession wrapped = vaadin == null ? null : vaadin.getSession();
        Object source = wrapped == null ? null : wrapped.getAttribute(ATTRIBUTE);
        if (source == null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpSession session = attrs.getRequest().getSession(false);
            source = session == null ? null : session.getAttribute(ATTRIBUTE);
        }
        return source instanceof VisitorSource visitorSource ? visitorSource : VisitorSource.NONE;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !"GET".equals(request.getMethod())
                || request.getParameter("v-r") != null
                || accept == null || !accept.contains("text/html")
                || NOT_A_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length())).find();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(true);
        if (session.getAttribute(ATTRIBUTE) == null) {
            session.setAttribute(ATTRIBUTE, VisitorSource.of(request::getParameter, externalReferrer(request)));
        }
        chain.doFilter(request, response);
    }

    /** The Referer header unless it is one of the portal's own pages. */
    private static String externalReferrer(HttpServletRequest request) {
        String referrer = request.getHeader("Referer");
        if (referrer == null) {
            return null;
        }
        VisitorSource parsed = new VisitorSource(null, null, null, null, null, referrer);
        return parsed.referrer() == null || parsed.label().equalsIgnoreCase(request.getServerName()) ? null
                : parsed.referrer();
    }
}
