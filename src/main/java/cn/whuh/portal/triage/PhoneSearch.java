package cn.whuh.portal.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a recruiter's search text means as a phone number, as index-friendly patterns on the stored E.164 phone
 * ({@code +8613800138000}): starts of the number and, on the reversed phone, its end. Nothing here scans every
 * lead: there is no search for digits in the middle of a number.
 * <ul>
 * <li>With a country code ({@code +86 138 0013 8000}, {@code +44 20…}): numbers starting with it.</li>
 * <li>Without ({@code 13800138000}, {@code 138 0013 8000}, {@code 138}): Chinese numbers starting with the digits,
 * and any number ending with them ({@code 8000}, the whole national number, or {@code 86 138…} typed
 * without "+").</li>
 * <li>With a trunk or international prefix ({@code 027 8572 6808} as Chinese landlines are shown,
 * {@code 0086 138…}): also the number it dials.</li>
 * </ul>
 *
 * @param prefixes the phone starts with one of these
 * @param reversedEnd or the reversed phone starts with this (null: not searched)
 */
record PhoneSearch(List<String> prefixes, String reversedEnd) {

    /** Digits and what people write between them; a "+" only before the first digit. */
    private static final Pattern PHONE_TEXT = Pattern.compile("[\\s(]*\\+?[\\d\\s().-]+");
    /** Fewer digits are not taken for a phone number (and would match a large part of all leads). */
    static final int MIN_DIGITS = 3;
    private static final String CHINA = "+86";

    /** The phone search the text asks for, or empty when the text is not clearly (part of) a phone number. */
    static Optional<PhoneSearch> of(String text) {
        if (text == null || !PHONE_TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        String digits = text.replaceAll("\\D", "");
        if (digits.length() < MIN_DIGITS) {
            return Optional.empty();
        }
        if (text.contains("+")) {
            return Optional.of(new PhoneSearch(List.of("+" + digits), null));
        }
        List<String> prefixes = new ArrayList<>(List.of(CHINA + digits));
        if (digits.startsWith("00")) {
            prefixes.add("+" + digits.substring(2));
        } else if (digits.startsWith("0")) {
            prefixes.add(CHINA + digits.substring(1));
        }
        return Optional.of(new PhoneSearch(List.copyOf(prefixes), new StringBuilder(digits).reverse().toString()));
    }
}
