package cn.whuh.portal.study;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Arrays;
import java.util.Locale;

/**
 * A phone number as people in its country dial and write it (Chinese landlines "027-8572 6808": area code,
 * hyphen, number in groups of four; mobiles "138 0013 8000"; elsewhere the national format) and as a tap-to-call
 * link in international form ("tel:+862785726808").
 */
public record Phone(String display, String telUri) {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /**
     * The number a data file writes in any usual way ("(027) 85726808", "027-85726808") in the country named
     * in English ("China").
     *
     * @throws IllegalArgumentException for an unknown country or text that is not a valid number there
     */
    static Phone of(String written, String country) {
        String region = Arrays.stream(Locale.getISOCountries())
                .filter(code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(country))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown country \"" + country + "\""));
        PhoneNumber number;
        try {
            number = PHONES.parse(written, region);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("\"" + written + "\" is not a phone number: " + e.getMessage(), e);
        }
        if (!PHONES.isValidNumber(number)) {
            throw new IllegalArgumentException("\"" + written + "\" is not a valid phone number in " + country);
        }
        return new Phone(dialled(number), "tel:" + PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    /** The national format; in China a landline's area code (with its 0) is joined to the number by a hyphen. */
    private static String dialled(PhoneNumber number) {
        String national = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        int areaCodeLength = PHONES.getLengthOfGeographicalAreaCode(number);
        if ("CN".equals(PHONES.getRegionCodeForNumber(number)) && areaCodeLength > 0) {
            String areaCode = "0" + PHONES.getNationalSignificantNumber(number).substring(0, areaCodeLength);
            if (national.startsWith(areaCode + " ")) {
                return areaCode + "-" + national.substring(areaCode.length() + 1);
            }
        }
        return national;
    }
}
