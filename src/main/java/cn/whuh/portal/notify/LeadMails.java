package cn.whuh.portal.notify;

import cn.whuh.portal.base.config.SiteTime;
import cn.whuh.portal.base.config.PortalProperties;
import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.lead.LeadSubmitted;
import cn.whuh.portal.settings.SiteSettings;
import cn.whuh.portal.study.Phone;
import cn.whuh.portal.study.Study;
import cn.whuh.portal.study.StudyCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The two messages about a new lead. The site contact's is in Chinese and English and carries no answers,
 * name, phone or e-mail (health data stays behind the staff login) and goes to each of the lead recipients
 * set by an ADMIN at the time it is written ({@link SiteSettings}); the patient's is in their language.
 */
@Component
class LeadMails {

    static final String BOTH_LANGUAGES = "zh+en";

    private final MailTemplates templates;
    private final PortalProperties portal;
    private final StudyCatalog studies;
    private final SiteSettings settings;

    LeadMails(MailTemplates templates, PortalProperties portal, StudyCatalog studies, SiteSettings settings) {
        this.templates = templates;
        this.portal = portal;
        this.studies = studies;
        this.settings = settings;
    }

    /** One message for each of the current lead recipients. */
    List<Mail> forSite(LeadSubmitted lead) {
        String outcomeKey = "notify.outcome." + lead.outcome().name();
        List<Map<String, String>> criteria = lead.flagged().stream()
                .map(c -> Map.of("id", c.id(), "titleEn", c.titleEn(), "titleZh", c.titleZh()))
                .toList();
        String languageKey = "notify.language." + Languages.code(language(lead));
        Map<String, Object> model = new HashMap<>(siteModel(lead.nctId()));
        model.put("reference", lead.reference());
        model.put("outcomeEn", templates.word(outcomeKey, Languages.ENGLISH));
        model.put("outcomeZh", templates.word(outcomeKey, Languages.CHINESE));
        model.put("receivedAt", SiteTime.format(lead.receivedAt()));
        model.put("criteria", criteria);
        model.put("hasCriteria", !criteria.isEmpty());
        model.put("languageEn", templates.word(languageKey, Languages.ENGLISH));
        model.put("languageZh", templates.word(languageKey, Languages.CHINESE));
        model.put("contactTime", blankToNull(lead.preferredContactTime()));
        model.put("link", staffLink("/staff/leads/" + lead.reference()));
        String subject = templates.word("notify.site.subject", Languages.ENGLISH, lead.nctId(), lead.reference(),
                model.get("outcomeZh"), model.get("outcomeEn"));
        MailTemplates.Bodies bodies = templates.render("site-lead", Languages.CHINESE, model);
        return toSite(subject, bodies);
    }

    Mail forPatient(LeadSubmitted lead) {
        Locale language = language(lead);
        Study study = studies.find(lead.nctId()).orElseGet(() -> studies.all().getFirst());
        Phone phone = study.sitePhone();
        Map<String, Object> model = Map.ofEntries(
                Map.entry("callBack", templates.word("notify.patient.callBack", language,
                        study.callWindow().in(language), study.callFrom().display())),
                Map.entry("reference", lead.reference()),
                Map.entry("personalLink", lead.personalLink() == null ? "" : lead.personalLink()),
                Map.entry("hasLink", lead.personalLink() != null),
                Map.entry("nctId", lead.nctId()),
                Map.entry("phone", phone.display()),
                Map.entry("phoneLink", phone.telUri()),
                Map.entry("withdraw", templates.word("notify.patient.withdraw", language, phone.display())),
                Map.entry("qualified", lead.outcome().qualified()),
                Map.entry("bilingual", false),
                Map.entry("lang", Languages.code(language)));
        String subject = templates.word("notify.patient.subject", language, lead.nctId(), lead.reference());
        MailTemplates.Bodies bodies = templates.render("patient-confirmation", language, model);
        return new Mail(lead.email(), Languages.code(language), subject, bodies.html(), bodies.text());
    }

    /** A message in both languages to each of the current lead recipients. */
    List<Mail> toSite(String subject, MailTemplates.Bodies bodies) {
        Mail mail = new Mail(null, BOTH_LANGUAGES, subject, bodies.html(), bodies.text());
        return settings.leadRecipients().stream().map(mail::to).toList();
    }

    /** What every message to the site contact (in Chinese and English) starts from. */
    static Map<String, Object> siteModel(String nctId) {
        return Map.of("nctId", nctId, "bilingual", true, "lang", "zh");
    }

    String staffLink(String path) {
        String base = portal.baseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** The patient's language; English when the lead's code names neither. */
    private static Locale language(LeadSubmitted lead) {
        return Languages.fromCode(lead.language()).orElse(Languages.ENGLISH);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
