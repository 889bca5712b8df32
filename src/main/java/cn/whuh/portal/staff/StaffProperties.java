package cn.whuh.portal.staff;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in settings ({@code portal.staff.*}).
 *
 * @param idleTimeout a session without user activity ends after this long, even with the tab open
 * @param maxFailedLogins failed sign-ins for one user name before it is locked
 * @param lockout how long the first lockout lasts (each one in a row lasts twice as long, up to 8 times)
 * @param maxFailedLoginsPerAddress failed sign-ins from one client address before each further failure from it
 *     locks that user name at once (it never refuses a correct password of a name that is not locked)
 */
@Validated
@ConfigurationProperties(prefix = "portal.staff")
public record StaffProperties(@NotNull Duration idleTimeout, @Min(1) int maxFailedLogins, @NotNull Duration lockout,
        @Min(1) int maxFailedLoginsPerAddress) {
}
