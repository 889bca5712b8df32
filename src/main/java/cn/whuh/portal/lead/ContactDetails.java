package cn.whuh.portal.lead;

/**
 * Contact details as a person typed them (docs/leads.md), before validation; any may be null.
 * The API's JSON names are {@code full_name}, {@code phone}, {@code email}, {@code wechat_id},
 * {@code preferred_language}, {@code preferred_contact_time}.
 */
public record ContactDetails(
        String fullName,
        String phone,
        String email,
        String wechatId,
        String preferredLanguage,
        String preferredContactTime) {
}
