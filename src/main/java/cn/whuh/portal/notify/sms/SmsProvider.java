package cn.whuh.portal.notify.sms;

/**
 * A company that sends templated SMS to Chinese mobile numbers. China's providers send only templates they approved
 * beforehand: the portal names the template by the provider's code and fills its named parameters. One provider is
 * active, chosen by {@code PORTAL_SMS_PROVIDER} ({@link SmsProviders}); another one implements this interface and
 * is added there (docs/notify.md#sms).
 */
public interface SmsProvider {

    /** The value of {@code PORTAL_SMS_PROVIDER} that selects this provider, e.g. {@code aliyun}. */
    String name();

    /**
     * Sends one SMS. Returns when the provider accepted it.
     *
     * @throws SmsFailure when it did not, saying whether a later attempt may succeed
     */
    void send(SmsRequest request) throws SmsFailure;
}
