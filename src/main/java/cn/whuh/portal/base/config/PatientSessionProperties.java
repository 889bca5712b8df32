package cn.whuh.portal.base.config;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The visitors' side ({@code portal.patient.*}).
 *
 * @param sessionTimeout a visitor's browser session ends after this long without activity
 *        (PORTAL_PATIENT_SESSION_TIMEOUT); the answers kept on their device outlive it (docs/prescreen.md). A staff
 *        member's session gets the staff idle timeout once they sign in (docs/staff.md).
 */
@Validated
@ConfigurationProperties(prefix = "portal.patient")
public record PatientSessionProperties(@NotNull Duration sessionTimeout) {
}
