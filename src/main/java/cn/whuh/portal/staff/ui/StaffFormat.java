package cn.whuh.portal.staff.ui;

import cn.whuh.portal.base.config.ClockConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;

/** Dates and times for staff pages, in the site's time zone (Asia/Shanghai). */
final class StaffFormat {

    private StaffFormat() {
    }

    /** A short relative age: "12 min", "5 h", "3 d" (translated units). */
    static String ago(Duration age, Function<String, String> translate) {
        if (age.toMinutes() < 60) {
            return translate.apply("staff.ago.minutes").formatted(Math.max(0, age.toMinutes()));
        }
        if (age.toHours() < 48) {
            return translate.apply("staff.ago.hours").formatted(age.toHours());
        }
        return translate.apply("staff.ago.days").formatted(age.toDays());
    }

    static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale).withZone(ClockConfig.SITE_ZONE).format(instant);
    }
}
