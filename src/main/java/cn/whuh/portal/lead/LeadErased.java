package cn.whuh.portal.lead;

import java.time.Instant;

/**
 * Published inside the transaction that erased a lead's personal data ({@link LeadErasure}). The mail outbox
 * listens {@code BEFORE_COMMIT}: it drops what was not sent yet and empties what was, and tells the lead
 * recipients of a withdrawal. Carries no personal data.
 *
 * @param reference the lead's code, e.g. {@code LP-7K3QX}
 * @param nctId the study
 * @param withdrawn true when the person withdrew their consent (not the retention clock or an ADMIN)
 * @param erasedAt when
 */
public record LeadErased(String reference, String nctId, boolean withdrawn, Instant erasedAt) {
}
