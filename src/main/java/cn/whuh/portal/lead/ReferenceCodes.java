package cn.whuh.portal.lead;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Reference codes a person can read out on the phone: {@code LP-} and five characters from 32 letters and
 * digits without the look-alikes 0, O, 1 and I (about 33 million codes).
 */
public final class ReferenceCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final Pattern FORMAT = Pattern.compile("LP-[" + ALPHABET + "]{5}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder("LP-");
        for (int i = 0; i < 5; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
