package cn.whuh.portal.notify.sms;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the portal sends SMS, bound from {@code portal.sms.*} (environment: {@code PORTAL_SMS_*}); see
 * docs/notify.md#sms. An empty provider means SMS are kept in the outbox, not sent.
 *
 * @param provider {@code aliyun}, or empty for none (PORTAL_SMS_PROVIDER)
 * @param accessKeyId the provider's access key id (PORTAL_SMS_ACCESS_KEY_ID)
 * @param accessKeySecret its secret (PORTAL_SMS_ACCESS_KEY_SECRET); never logged
 * @param signName the approved sign name, 签名 (PORTAL_SMS_SIGN_NAME)
 * @param endpoint the provider's API address, e.g. {@code https://dysmsapi.aliyuncs.com} (PORTAL_SMS_ENDPOINT)
 * @param template the provider's template codes per message and language (PORTAL_SMS_TEMPLATE_CONFIRMATION_ZH, …)
 */
@Validated
@ConfigurationProperties(prefix = "portal.sms")
public record SmsProperties(
        @DefaultValue("") String provider,
        String accessKeyId,
        String accessKeySecret,
        String signName,
        @NotBlank @DefaultValue("https://dysmsapi.aliyuncs.com") String endpoint,
        @DefaultValue Templates template) {

    public SmsProperties {
        if (!provider.isBlank() && !AliyunSmsProvider.NAME.equals(provider.strip())) {
            throw new IllegalArgumentException("PORTAL_SMS_PROVIDER must be empty or " + AliyunSmsProvider.NAME
                    + ", not " + provider);
        }
        provider = provider.strip();
    }

    /** The codes of the three messages' templates. */
    public record Templates(@DefaultValue Codes confirmation, @DefaultValue Codes recheck,
            @DefaultValue Codes withdrawal) {
    }

    /** One message's template codes, one per language (a provider approves each text on its own). */
    public record Codes(String zh, String en) {
    }

    /** The provider's code of this template in this language ({@code zh} or {@code en}); null when not set. */
    public String templateCode(SmsTemplate sms, String language) {
        Codes codes = template == null ? null : switch (sms) {
            case CONFIRMATION -> template.confirmation();
            case RECHECK -> template.recheck();
            case WITHDRAWAL -> template.withdrawal();
        };
        String code = codes == null ? null : "en".equals(language) ? codes.en() : codes.zh();
        return code == null || code.isBlank() ? null : code.strip();
    }

    /** Everything but the secret. */
    @Override
    public String toString() {
        return "SmsProperties[provider=" + provider + ", accessKeyId=" + accessKeyId + ", signName=" + signName
                + ", endpoint=" + endpoint + ", template=" + template + "]";
    }
}
