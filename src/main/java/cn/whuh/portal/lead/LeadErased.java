package cn.whuh.portal.lead;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction that erased a lead's personal data ({@link LeadErasure}). The mail outbox
 * listens {@code BEFORE_COMMIT}: it drops what was not sent yet and empties what was, tells the lead recipients of
 * a withdrawal and sends the person their withdrawal receipt. Carries no personal data but, for a withdrawal, the
 * number and language the receipt goes to (in memory only: the lead no longer holds them).
 *
 * @param reference the lead's code, e.g. {@code LP-7K3QX}
 * @param nctId the study
 * @param withdrawn true when the person withdrew their consent (not the retention clock or an ADMIN)
 * @param erasedAt when
 * @param receiptPhone for a withdrawal, the phone (E.164) the person gave; else null
 * @param receiptLanguage for a withdrawal, the person's language ({@code zh}, {@code en}) or null
 */
public record LeadErased(String reference, String nctId, boolean withdrawn, Instant erasedAt,
        @Nullable String receiptPhone, @Nullable String receiptLanguage) {

    /** An erasure by the retention clock or an ADMIN: nobody is sent a receipt. */
    public LeadErased(String reference, String nctId, Instant erasedAt) {
        this(reference, nctId, false, erasedAt, null, null);
    }
}
