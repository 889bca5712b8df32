package cn.whuh.portal.notify;

import cn.whuh.portal.lead.LeadSubmitted;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns a stored lead into mail and SMS: the messages are written to the outbox inside the lead's transaction (so
 * they exist exactly when the lead does), and the dispatcher is nudged once that transaction has committed. A
 * patient who gave an e-mail address and a Chinese mobile number gets both confirmations.
 * Published outside a transaction (not the lead service's contract), the mail is stored in its own.
 */
@Component
class LeadNotifications {

    private final Outbox outbox;
    private final LeadMails mails;
    private final PatientSms sms;
    private final OutboxDispatcher dispatcher;

    LeadNotifications(Outbox outbox, LeadMails mails, PatientSms sms, OutboxDispatcher dispatcher) {
        this.outbox = outbox;
        this.mails = mails;
        this.sms = sms;
        this.dispatcher = dispatcher;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void storeMail(LeadSubmitted lead) {
        if (lead.outcome().qualified()) {
            addOnce(MailKind.SITE_LEAD, lead, () -> mails.forSite(lead));
        }
        if (lead.email() != null && !lead.email().isBlank()) {
            addOnce(MailKind.PATIENT_CONFIRMATION, lead, () -> List.of(mails.forPatient(lead)));
        }
        sms.confirmation(lead);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void sendSoon(LeadSubmitted lead) {
        dispatcher.nudge();
    }

    /** Each kind once per lead and recipient, even if the event were published twice. */
    private void addOnce(MailKind kind, LeadSubmitted lead, Supplier<List<Mail>> render) {
        outbox.addOnce(kind, lead.reference(), "lead:" + lead.reference() + ":" + kind, render);
    }
}
