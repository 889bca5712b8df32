package cn.whuh.portal.lead;

/**
 * Contact details that passed validation: trimmed, empty optional values as null, the phone in E.164
 * (e.g. {@code +8613800138000}), the language {@code en} or {@code zh}.
 */
public record ValidContact(String fullName, String phoneE164, String email, String wechatId,
        String preferredLanguage, String preferredContactTime) {
}
