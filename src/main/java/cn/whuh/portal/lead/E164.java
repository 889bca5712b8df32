package cn.whuh.portal.lead;

import java.util.regex.Pattern;

/**
 * A phone number in E.164, e.g. {@code +8613800138000}: as {@link ContactValidator} stores it and as
 * {@code tel:} links and the CSV export use it.
 */
public record E164(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public E164 {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an E.164 number");
        }
    }

    /** A Chinese mobile number (+86 1…), the only kind that can get an SMS. */
    public boolean chineseMobile() {
        return value.startsWith("+861") && value.length() == 14;
    }

    @Override
    public String toString() {
        return value;
    }
}
