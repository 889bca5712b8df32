package cn.whuh.portal.notify;

import cn.whuh.portal.lead.E164;
import cn.whuh.portal.lead.LeadSubmitted;
import cn.whuh.portal.notify.sms.SmsTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The patient's SMS: the confirmation of a new lead, the re-check invitation and the withdrawal receipt. Each is
 * written to the outbox in the caller's transaction (or its own), at most once per lead, and only to a Chinese
 * mobile number (+86 1…); for any other number nothing is written (the staff lead page says why). Callers outside
 * notify use {@link #recheckInvitation} and {@link #withdrawalReceipt} (docs/notify.md#sms).
 */
@Component
public class PatientSms {

    private static final Logger log = LoggerFactory.getLogger(PatientSms.class);

    private final Outbox outbox;
    private final SmsTexts texts;
    private final OutboxDispatcher dispatcher;

    PatientSms(Outbox outbox, SmsTexts texts, OutboxDispatcher dispatcher) {
        this.outbox = outbox;
        this.texts = texts;
        this.dispatcher = dispatcher;
    }

    /** True when SMS can go to this E.164 number: a Chinese mobile one. */
    public static boolean reachable(String phone) {
        try {
            return phone != null && new E164(phone).chineseMobile();
        } catch (IllegalArgumentException notE164) {
            return false;
        }
    }

    /** The confirmation of a new lead (reference, link, study phone); the lead service's event carries it all. */
    boolean confirmation(LeadSubmitted lead) {
        return add(MailKind.PATIENT_CONFIRMATION, SmsTemplate.CONFIRMATION, lead.reference(), lead.nctId(),
                lead.phone(), lead.language(), lead.personalLink());
    }

    /**
     * Invites the patient to pre-screen again (reference, link, study phone), once per lead.
     *
     * @param phone the lead's phone in E.164
     * @param language the lead's language, {@code zh} or {@code en}
     * @param personalLink the patient's personal link (full URL), or null for the study page
     * @return true when the SMS was written; false when it was before or the number gets no SMS
     */
    public boolean recheckInvitation(String reference, String nctId, String phone, String language,
            String personalLink) {
        return add(MailKind.RECHECK_INVITATION, SmsTemplate.RECHECK, reference, nctId, phone, language, personalLink);
    }

    /**
     * The receipt for a withdrawn consent (reference, study phone), once per lead.
     *
     * @return true when the SMS was written; false when it was before or the number gets no SMS
     */
    public boolean withdrawalReceipt(String reference, String nctId, String phone, String language) {
        return add(MailKind.WITHDRAWAL_RECEIPT, SmsTemplate.WITHDRAWAL, reference, nctId, phone, language, null);
    }

    private boolean add(MailKind kind, SmsTemplate template, String reference, String nctId, String phone,
            String language, String personalLink) {
        if (!reachable(phone)) {
            log.info("SMS {} for lead {} not written: not a Chinese mobile number", kind, reference);
            return false;
        }
        boolean stored = outbox.addSmsOnce(kind, reference, "lead:" + reference + ":" + kind + ":SMS",
                () -> texts.render(template, reference, nctId, phone, language, personalLink));
        if (stored) {
            sendAfterCommit();
        }
        return stored;
    }

    /** Nudges the dispatcher once the caller's transaction committed (at once when there is none). */
    private void sendAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            dispatcher.nudge();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.nudge();
            }
        });
    }
}
