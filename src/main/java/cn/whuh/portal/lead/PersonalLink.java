package cn.whuh.portal.lead;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The person's own link to their lead, {@code PORTAL_BASE_URL/my/<token>} (docs/patient-door.md): a token of
 * {@value #TOKEN_BYTES} random bytes (192 bits, base64url, 32 characters), unrelated to the reference. Only its
 * SHA-256 is stored, like a password-reset token; the token itself goes to the person once (the confirmation
 * page and mail) and is never logged.
 */
public final class PersonalLink {

    public static final int TOKEN_BYTES = 24;
    public static final String PATH = "my";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalLink() {
    }

    /** A new random token. */
    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 (hex) kept in the database; any text hashes, so a malformed token is looked up like another. */
    public static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the text could be a token at all. */
    public static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** The full link under the portal's public address. */
    public static String url(String baseUrl, String token) {
        return baseUrl.replaceAll("/+$", "") + "/" + PATH + "/" + token;
    }
}
