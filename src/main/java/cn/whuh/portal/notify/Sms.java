package cn.whuh.portal.notify;

import cn.whuh.portal.notify.sms.SmsTemplate;
import java.util.Map;

/**
 * A rendered SMS, ready for the outbox: the template and its parameters are what the provider gets, the text is
 * what the patient reads (kept for the outbox view).
 *
 * @param phone the recipient in E.164, a Chinese mobile number
 * @param language {@code zh} or {@code en}
 * @param template which of the portal's templates
 * @param parameters its named parameters
 * @param subject a one-line title for the outbox view
 * @param text the text as the patient reads it, with the sign name
 */
public record Sms(String phone, String language, SmsTemplate template, Map<String, String> parameters,
        String subject, String text) {
}
