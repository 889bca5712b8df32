package cn.whuh.portal.staff.ui;

import cn.whuh.portal.base.config.ClockConfig;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;

/** Dates and times for staff pages, in the site's time zone (Asia/Shanghai), and phone numbers as people write them. */
public final class StaffFormat {

    private static final int CHINA = 86;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private StaffFormat() {
    }

    /** A short relative age: "12 min", "5 h", "3 d" (translated units). */
    public static String ago(Duration age, Function<String, String> translate) {
        if (age.toMinutes() < 60) {
            return translate.apply("staff.ago.minutes").formatted(Math.max(0, age.toMinutes()));
        }
        if (age.toHours() < 48) {
            return translate.apply("staff.ago.hours").formatted(age.toHours());
        }
        return translate.apply("staff.ago.days").formatted(age.toDays());
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale).withZone(ClockConfig.SITE_ZONE).format(instant);
    }

    /**
     * A stored E.164 phone as the study team dials it from Wuhan (libphonenumber): Chinese numbers in national
     * format ({@code 138 0013 8000}, {@code 027 8572 6808}), others in international format
     * ({@code +44 20 7946 0958}). A value that is not a possible E.164 number is shown as stored. {@code tel:} links keep E.164.
     */
    public static String phone(String e164) {
        if (e164 == null) {
            return "";
        }
        try {
            PhoneNumber number = PHONES.parse(e164, "ZZ");
            if (!PHONES.isPossibleNumber(number)) {
                return e164;
            }
            return PHONES.format(number,
                    number.getCountryCode() == CHINA ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
