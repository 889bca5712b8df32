package cn.whuh.portal.notify;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.study.Phone;
import cn.whuh.portal.study.StudyCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The re-check invitation (docs/patient-door.md#re-check-invitation): on the re-check date the pre-screen named
 * (a diagnosis too recent, a wash-out window), a person who agreed to be contacted gets once, in their language,
 * "you may now qualify" with a link to the questionnaire, by mail when they gave an e-mail and by SMS to a
 * Chinese mobile number ({@link PatientSms#recheckInvitation}). Written through the outbox in the lead's own
 * transaction, its row locked ({@code SKIP LOCKED}) and the lead marked invited, with the dedup key
 * {@code lead:REF:RECHECK_INVITATION}: it survives restarts and goes once, whatever the number of instances.
 */
@Component
public class RecheckInvitations {

    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(RecheckInvitations.class);

    private final LeadRepository leads;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final LeadMails mails;
    private final StudyCatalog studies;
    private final TransactionTemplate transactions;
    private final PatientSms sms;
    private final Clock clock;

    RecheckInvitations(LeadRepository leads, Outbox outbox, MailTemplates templates, LeadMails mails,
            StudyCatalog studies, TransactionTemplate transactions, PatientSms sms, Clock clock) {
        this.leads = leads;
        this.outbox = outbox;
        this.templates = templates;
        this.mails = mails;
        this.studies = studies;
        this.transactions = transactions;
        this.sms = sms;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.retention.check-every}", initialDelayString = "PT2M")
    void run() {
        invite(LocalDate.now(clock.withZone(ClockConfig.SITE_ZONE)));
    }

    /** Writes the invitations due on {@code today} (site day); how many this call wrote. */
    public int invite(LocalDate today) {
        int written = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = leads.findRecheckDue(after, today, Limit.of(BATCH));
            for (Long id : batch) {
                after = id;
                if (Boolean.TRUE.equals(transactions.execute(status -> inviteIfDue(id, today)))) {
                    written++;
                }
            }
        } while (batch.size() == BATCH);
        if (written > 0) {
            log.info("{} re-check invitation(s) written", written);
        }
        return written;
    }

    private boolean inviteIfDue(long id, LocalDate today) {
        Optional<Lead> locked = leads.lockNotErased(id);
        if (locked.isEmpty() || locked.get().recheckInvitationPlanned().filter(d -> !d.isAfter(today)).isEmpty()) {
            return false;
        }
        Lead lead = locked.get();
        lead.recordRecheckInvitation(today, Instant.now(clock));
        String reference = lead.getReference().value();
        Locale language = language(lead);
        boolean mailed = lead.getContact().email() != null && outbox.addOnce(MailKind.RECHECK_INVITATION, reference,
                "lead:" + reference + ":" + MailKind.RECHECK_INVITATION, () -> List.of(mail(lead)));
        boolean texted = sms.recheckInvitation(reference, lead.getNctId(), lead.getContact().phone().value(),
                Languages.code(language), questionnaireLink(language));
        return mailed || texted;
    }

    private static Locale language(Lead lead) {
        return Languages.fromCode(lead.getContact().preferredLanguage()).orElse(Languages.ENGLISH);
    }

    private String questionnaireLink(Locale language) {
        return mails.staffLink("/prescreen?lang=" + Languages.code(language));
    }

    private Mail mail(Lead lead) {
        Locale language = language(lead);
        Phone phone = studies.find(lead.getNctId()).orElseGet(() -> studies.all().getFirst()).sitePhone();
        Map<String, Object> model = Map.of(
                "reference", lead.getReference().value(),
                "nctId", lead.getNctId(),
                "link", questionnaireLink(language),
                "phone", phone.display(),
                "phoneLink", phone.telUri(),
                "bilingual", false,
                "lang", Languages.code(language));
        String subject = templates.word("notify.recheck.subject", language, lead.getNctId(), lead.getReference().value());
        MailTemplates.Bodies bodies = templates.render("recheck-invitation", language, model);
        return new Mail(lead.getContact().email(), Languages.code(language), subject, bodies.html(), bodies.text());
    }
}
