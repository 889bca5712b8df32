package cn.whuh.portal.lead;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long a lead's personal data is kept (docs/patient-door.md#retention), bound from {@code portal.retention.*}
 * (environment: {@code PORTAL_RETENTION_*}). Enrolled and active leads are kept while the team works on them.
 *
 * @param closed after a lead was closed (not eligible, not interested, unreachable, duplicate)
 * @param withdrawn after a lead was closed as WITHDRAWN (the person's own withdrawal erases at once anyway)
 * @param ruledOut after a ruled-out person (who asked to hear about future studies) sent their details, while
 *     the lead is not closed
 * @param checkEvery how often the erasure job looks for leads that are due
 */
@Validated
@ConfigurationProperties(prefix = "portal.retention")
public record Retention(@NotNull Period closed, @NotNull Period withdrawn, @NotNull Period ruledOut,
        @NotNull Duration checkEvery) {
}
