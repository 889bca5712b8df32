package cn.whuh.portal.staff;

import cn.whuh.portal.audit.AuditLog;
import java.util.function.UnaryOperator;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with lockout and audit: refuses while the user name is locked out, counts failures per name
 * and per client ({@link LoginThrottle}), and records every success and failure. Names are compared in their
 * normal form ({@link UserNames}): {@code ａdmin} or {@code admin}+U+200B is {@code admin} for the lockout, the
 * password check and the audit, which records the account's own name. Unknown user, wrong password and disabled
 * user all fail alike, so the sign-in page cannot tell which names exist.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String LOGIN = "LOGIN";
    static final String LOGIN_FAILED = "LOGIN_FAILED";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;
    private final UnaryOperator<String> accountName;

    /** @param accountName the stored name of the account a typed name is, or the typed name in normal form */
    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, AuditLog auditLog,
            UnaryOperator<String> accountName) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.accountName = accountName;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = accountName.apply(UserNames.display(authentication.getName()));
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (throttle.isLocked(username)) {
            auditLog.record(username, LOGIN_FAILED, null, "locked-out client=" + client);
            throw new TooManyFailedLoginsException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            auditLog.record(result.getName(), LOGIN, null, "client=" + client);
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

    /** Sign-in refused because of too many failures; the sign-in page says to wait. */
    public static class TooManyFailedLoginsException extends AuthenticationException {
        TooManyFailedLoginsException() {
            super("Too many failed sign-ins");
        }
    }
}
