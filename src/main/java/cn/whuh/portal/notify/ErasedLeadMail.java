package cn.whuh.portal.notify;

import cn.whuh.portal.base.config.SiteTime;
import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.lead.LeadErased;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a lead's personal data is erased, in the same transaction: its messages lose recipient and bodies, and
 * those not yet sent are CANCELLED (docs/patient-door.md). When the person withdrew, each lead recipient gets
 * one message "LP-XXXXX withdrew", in Chinese and English, with the reference and no personal data, and the
 * person gets their withdrawal receipt by SMS ({@link PatientSms#withdrawalReceipt}), which forgets the number
 * once sent or given up ({@link MailMessage}).
 */
@Component
class ErasedLeadMail {

    private final MailMessageRepository messages;
    private final Outbox outbox;
    private final LeadMails mails;
    private final MailTemplates templates;
    private final OutboxDispatcher dispatcher;
    private final PatientSms sms;
    private final Clock clock;

    ErasedLeadMail(MailMessageRepository messages, Outbox outbox, LeadMails mails, MailTemplates templates,
            OutboxDispatcher dispatcher, PatientSms sms, Clock clock) {
        this.messages = messages;
        this.outbox = outbox;
        this.mails = mails;
        this.templates = templates;
        this.dispatcher = dispatcher;
        this.sms = sms;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void erase(LeadErased lead) {
        Instant now = Instant.now(clock);
        messages.cancelForLead(lead.reference(), now);
        messages.emptyForLead(lead.reference(), now);
        if (lead.withdrawn()) {
            outbox.addOnce(MailKind.LEAD_WITHDRAWN, lead.reference(),
                    "lead:" + lead.reference() + ":" + MailKind.LEAD_WITHDRAWN, () -> mails.toSite(subject(lead),
                            templates.render("lead-withdrawn", Languages.CHINESE,
                                    model(lead))));
            if (lead.receiptPhone() != null) {
                sms.withdrawalReceipt(lead.reference(), lead.nctId(), lead.receiptPhone(), lead.receiptLanguage());
            }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void sendSoon(LeadErased lead) {
        if (lead.withdrawn()) {
            dispatcher.nudge();
        }
    }

    private String subject(LeadErased lead) {
        return templates.word("notify.withdrawn.subject", Languages.ENGLISH, lead.nctId(),
                lead.reference());
    }

    private Map<String, Object> model(LeadErased lead) {
        Map<String, Object> model = new HashMap<>(LeadMails.siteModel(lead.nctId()));
        model.put("reference", lead.reference());
        model.put("withdrawnAt", SiteTime.format(lead.erasedAt()));
        model.put("link", mails.staffLink("/staff/leads/" + lead.reference()));
        return model;
    }
}
