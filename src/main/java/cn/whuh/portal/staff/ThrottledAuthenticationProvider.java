package cn.whuh.portal.staff;

import cn.whuh.portal.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with lockout and audit: refuses while the user name or client is locked out, counts
 * failures, and records every success and failure. Unknown user, wrong password and disabled user all fail
 * alike, so the sign-in page cannot tell which names exist.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String LOGIN = "LOGIN";
    static final String LOGIN_FAILED = "LOGIN_FAILED";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, AuditLog auditLog) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = truncate(authentication.getName());
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (throttle.isLocked(username, client)) {
            auditLog.record(username, LOGIN_FAILED, null, "locked-out client=" + client);
            throw new TooManyFailedLoginsException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            auditLog.record(username, LOGIN, null, "client=" + client);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, client);
            auditLog.record(username, LOGIN_FAILED, null, "client=" + client);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String truncate(String name) {
        String n = name == null ? "" : name.strip();
        return n.length() > 100 ? n.substring(0, 100) : n;
    }

    /** Sign-in refused because of too many failures; the sign-in page says to wait. */
    public static class TooManyFailedLoginsException extends AuthenticationException {
        TooManyFailedLoginsException() {
            super("Too many failed sign-ins");
        }
    }
}
