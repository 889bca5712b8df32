package cn.whuh.portal.notify;

import cn.whuh.portal.notify.sms.SmsFailure;
import cn.whuh.portal.notify.sms.SmsProperties;
import cn.whuh.portal.notify.sms.SmsProvider;
import cn.whuh.portal.notify.sms.SmsRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * SMS through the configured provider ({@code PORTAL_SMS_PROVIDER}). The template code is looked up when the
 * message is sent, so an ADMIN who fixed the configuration can retry a DEAD message. The provider's rate limits
 * are retried later; a rejected template, sign name or number is DEAD at once with the provider's words, every
 * phone number in them replaced by {@code <phone>} (docs/notify.md#sms).
 */
@Component
class SmsChannel implements OutboxChannel {

    private final ObjectProvider<SmsProvider> provider;
    private final SmsProperties properties;

    SmsChannel(ObjectProvider<SmsProvider> provider, SmsProperties properties) {
        this.provider = provider;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean sending() {
        return provider.getIfAvailable() != null;
    }

    /** The sign name (签名) the patient sees before the text, or null when none is configured. */
    String signName() {
        return properties.signName() == null || properties.signName().isBlank() ? null : properties.signName().strip();
    }

    @Override
    public void send(MailMessage message) throws DeliveryFailure {
        String code = properties.templateCode(message.getTemplate(), message.getLanguage());
        if (code == null) {
            throw new DeliveryFailure("No template code configured: set " + message.getTemplate()
                    .variable(message.getLanguage()), true, true);
        }
        try {
            provider.getObject().send(new SmsRequest(message.getRecipient(), signName(), code,
                    message.getTemplateParameters(), message.getMessageId()));
        } catch (SmsFailure e) {
            String error = SmsParameters.withoutPhones(e.getMessage()).replaceAll("\\s+", " ").trim();
            throw new DeliveryFailure(error, e.kind() == SmsFailure.Kind.REJECTED,
                    e.kind() != SmsFailure.Kind.UNAVAILABLE);
        }
    }
}
