package cn.whuh.portal.base.i18n;

import java.util.Optional;

/**
 * Whether a text a person typed can be stored and shown as it is: no control characters (tabs, line breaks,
 * escape codes), no lone UTF-16 surrogates (half a character, which breaks encoding in mail, CSV and the
 * database), no bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069), which let a name read
 * differently on screen than it is stored ("spoofing" in the staff queue). The answer is the message key of the
 * first problem, translated in the {@code messages} bundle.
 */
public final class TypedText {

    public static final String CONTROL = "text.error.control";
    public static final String BROKEN = "text.error.brokenCharacter";
    public static final String DIRECTION = "text.error.direction";

    private TypedText() {
    }

    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(BROKEN);
            } else if (Character.isISOControl(c)) {
                return Optional.of(CONTROL);
            } else if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return Optional.of(DIRECTION);
            }
        }
        return Optional.empty();
    }
}
