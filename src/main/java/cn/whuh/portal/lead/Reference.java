package cn.whuh.portal.lead;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A lead's reference code, the one thing a person reads out on the phone: {@code LP-} and five characters
 * from 32 letters and digits without the look-alikes 0, O, 1 and I (about 33 million codes). Demo leads use
 * {@code DM-nnnnnn}. Typed as written by staff or patients it is trimmed and upper-cased.
 */
public record Reference(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final Pattern FORMAT = Pattern.compile("LP-[" + ALPHABET + "]{5}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public Reference {
        value = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }

    /** A reference as someone typed it (any case, spaces around). */
    public static Reference of(String typed) {
        return new Reference(typed);
    }

    /** A new random reference in {@link #FORMAT}; the caller checks it is not taken. */
    public static Reference next() {
        StringBuilder code = new StringBuilder("LP-");
        for (int i = 0; i < 5; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new Reference(code.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
