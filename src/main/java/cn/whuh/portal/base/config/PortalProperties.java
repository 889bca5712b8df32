package cn.whuh.portal.base.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's own settings, bound from {@code portal.*} (environment: {@code PORTAL_*}).
 *
 * @param dataDir where the embedded database keeps its files (PORTAL_DATA_DIR)
 * @param baseUrl the public address used in links sent by mail (PORTAL_BASE_URL)
 * @param siteContactEmail the study site contact who receives qualified leads (PORTAL_SITE_CONTACT_EMAIL)
 * @param admin the first administrator account (PORTAL_ADMIN_USERNAME / PORTAL_ADMIN_PASSWORD)
 * @param rateLimitPerHour lead submissions allowed per client per hour (PORTAL_RATE_LIMIT_PER_HOUR)
 */
@Validated
@ConfigurationProperties(prefix = "portal")
public record PortalProperties(
        Path dataDir,
        @NotBlank String baseUrl,
        @NotBlank String siteContactEmail,
        Admin admin,
        @Min(1) int rateLimitPerHour) {

    /** The first administrator; an empty password means "generate one at first start". */
    public record Admin(@NotBlank String username, String password) {
    }
}
