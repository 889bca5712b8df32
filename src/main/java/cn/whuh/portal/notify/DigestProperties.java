package cn.whuh.portal.notify;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;

/**
 * The site contact's daily digest, bound from {@code portal.digest.*}.
 *
 * @param time when it is sent each day, Asia/Shanghai time, e.g. {@code 08:00} (PORTAL_DIGEST_TIME)
 */
@Validated
@ConfigurationProperties(prefix = "portal.digest")
public record DigestProperties(@NotNull @DateTimeFormat(pattern = "H:mm") LocalTime time) {
}
