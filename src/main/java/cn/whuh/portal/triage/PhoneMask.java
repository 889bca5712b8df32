package cn.whuh.portal.triage;

import cn.whuh.portal.staff.ui.StaffFormat;

/**
 * A phone number for lists, masked: the first group as the team dials it and the last four digits
 * ({@code 138 **** 8000}, {@code 027 **** 6808}, {@code +44 **** 0958}). The queue shows only this, for every role;
 * the full number is on the lead page after its audited "Show". Search by phone still works: it runs on the server
 * against the stored number.
 */
public final class PhoneMask {

    private static final String HIDDEN = "****";

    private PhoneMask() {
    }

    /** The masked form of a stored E.164 phone; "" for none. */
    public static String mask(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "";
        }
        String shown = StaffFormat.phone(e164);
        String digits = shown.replaceAll("[^0-9]", "");
        if (digits.length() <= 7) {
            return HIDDEN + " " + digits.substring(Math.max(0, digits.length() - 2));
        }
        int space = shown.indexOf(' ');
        String first = space > 0 ? shown.substring(0, space) : shown.substring(0, 3);
        return first + " " + HIDDEN + " " + digits.substring(digits.length() - 4);
    }
}
