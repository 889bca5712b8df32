package cn.whuh.portal.base.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Times as the site reads them in mail and in the outbox view: Asia/Shanghai, to the minute. */
public final class SiteTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '(UTC+8)'").withZone(ClockConfig.SITE_ZONE);

    private SiteTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** The site's calendar day of an instant (null for null). */
    public static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(ClockConfig.SITE_ZONE).toLocalDate();
    }
}
