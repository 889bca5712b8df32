package cn.whuh.portal.notify;

import cn.whuh.portal.base.config.PortalProperties;
import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.notify.sms.SmsTemplate;
import cn.whuh.portal.study.StudyCatalog;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders the portal's SMS: the named parameters the provider's template gets, and the same text the patient
 * reads (the bundle's {@code notify.sms.NAME}, whose {@code ${name}} placeholders match the template registered
 * with the provider), after the sign name 【…】. The language is the patient's, English when the lead names neither.
 */
@Component
class SmsTexts {

    private final MailTemplates templates;
    private final PortalProperties portal;
    private final StudyCatalog studies;
    private final SmsChannel channel;

    SmsTexts(MailTemplates templates, PortalProperties portal, StudyCatalog studies, SmsChannel channel) {
        this.templates = templates;
        this.portal = portal;
        this.studies = studies;
        this.channel = channel;
    }

    /**
     * The link an SMS carries: the patient's personal link, or the study page while the portal gives none. The one
     * place that decides it.
     */
    String link(String personalLink) {
        if (personalLink != null && !personalLink.isBlank()) {
            return personalLink.strip();
        }
        String base = portal.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Sms render(SmsTemplate template, String reference, String nctId, String phone, String language,
            String personalLink) {
        Locale locale = Languages.fromCode(language).orElse(Languages.ENGLISH);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : template.parameters()) {
            parameters.put(name, switch (name) {
                case "ref" -> reference;
                case "link" -> link(personalLink);
                case "phone" -> studies.find(nctId).orElseGet(() -> studies.all().getFirst()).sitePhone().display();
                default -> throw new IllegalStateException("unknown SMS parameter " + name);
            });
        }
        String text = templates.word(template.textKey(), locale);
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            text = text.replace("${" + parameter.getKey() + "}", parameter.getValue());
        }
        String sign = channel.signName();
        String subject = templates.word("notify.sms.subject." + template.name(), locale, reference);
        return new Sms(phone, Languages.code(locale), template, parameters, subject,
                sign == null ? text : "【" + sign + "】" + text);
    }
}
