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
 * @param maxFailedLogins failed sign-ins for one user name or from one client before it is refused
 * @param lockout how long further sign-ins are refused after that
 */
@Validated
@ConfigurationProperties(prefix = "portal.staff")
public record StaffProperties(@NotNull Duration idleTimeout, @Min(1) int maxFailedLogins, @NotNull Duration lockout) {
}
