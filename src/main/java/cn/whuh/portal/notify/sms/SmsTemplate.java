package cn.whuh.portal.notify.sms;

import java.util.List;
import java.util.Locale;

/**
 * The portal's SMS, each one template per language registered with the provider (docs/notify.md#sms): its text is
 * {@code notify.sms.NAME} in the notify bundles, with the named parameters written {@code ${name}}.
 */
public enum SmsTemplate {
    /** The lead was received: reference, link (personal link or study page), study phone. */
    CONFIRMATION("ref", "link", "phone"),
    /** The patient may pre-screen again now: reference, link, study phone. */
    RECHECK("ref", "link", "phone"),
    /** The patient's consent was withdrawn: reference, study phone. */
    WITHDRAWAL("ref", "phone");

    private final List<String> parameters;

    SmsTemplate(String... parameters) {
        this.parameters = List.of(parameters);
    }

    /** The names of its parameters, as the provider's template writes them. */
    public List<String> parameters() {
        return parameters;
    }

    /** The key of its text in the notify bundles. */
    public String textKey() {
        return "notify.sms." + name();
    }

    /** The environment variable of its template code in this language ({@code zh} or {@code en}). */
    public String variable(String language) {
        return "PORTAL_SMS_TEMPLATE_" + name() + "_" + language.toUpperCase(Locale.ROOT);
    }
}
