package cn.whuh.portal.staff.ui;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Date pickers in the staff member's language: month and weekday names from the JDK's locale data, weeks from
 * Monday, ISO dates (2026-11-25) typed and shown, and translated error texts.
 */
public final class StaffDates {

    private StaffDates() {
    }

    public static DatePickerI18n i18n(Locale locale, Function<String, String> translate) {
        List<DayOfWeek> sundayFirst = Arrays.asList(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd")
                .setToday(translate.apply("staff.date.today"))
                .setCancel(translate.apply("staff.date.cancel"))
                .setBadInputErrorMessage(translate.apply("staff.date.badInput"))
                .setMinErrorMessage(translate.apply("staff.date.tooEarly"))
                .setMaxErrorMessage(translate.apply("staff.date.tooLate"));
    }
}
