package cn.whuh.portal.staff;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normal form in which user names are compared, everywhere: sign-in, lockout, the audit's actor, "is
 * this name taken". NFKC (full-width {@code ａｄｍｉｎ} is {@code admin}), without invisible characters (format
 * and control characters such as the zero-width space U+200B, the soft hyphen, bidi marks), then case-folded. The
 * column {@code staff_user.username_key} holds this form under a binary collation, so the database compares
 * exactly as this class does: {@code ädmin} is not {@code admin}.
 */
public final class UserNames {

    /** Longest user name kept (the column's length). */
    public static final int MAX = 100;

    private UserNames() {
    }

    /** The name as shown and stored: NFKC, invisible characters removed, trimmed, at most {@link #MAX} long. */
    public static String display(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder visible = new StringBuilder(typed.length());
        Normalizer.normalize(typed, Normalizer.Form.NFKC).codePoints()
                .filter(c -> !invisible(c))
                .forEach(visible::appendCodePoint);
        String name = Normalizer.normalize(visible, Normalizer.Form.NFKC).strip();
        return name.length() > MAX ? name.substring(0, MAX) : name;
    }

    /** The comparison key: {@link #display} case-folded (upper then lower, so {@code ß} and {@code SS} meet). */
    public static String key(String typed) {
        String folded = display(typed).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        String key = Normalizer.normalize(folded, Normalizer.Form.NFKC);
        return key.length() > MAX ? key.substring(0, MAX) : key;
    }

    /** Whether two typed names are one user name. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || c == 0x034F // combining grapheme joiner
                || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) // variation selectors
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0; // Hangul fillers
    }
}
