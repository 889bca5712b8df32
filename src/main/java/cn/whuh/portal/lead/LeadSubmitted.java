package cn.whuh.portal.lead;

import cn.whuh.portal.prescreen.CriterionStatus;
import cn.whuh.portal.prescreen.Outcome;
import java.time.Instant;
import java.util.List;

/**
 * Published by the lead service inside the transaction that stores a new lead. Listeners pick their phase:
 * the mail outbox writes its messages {@code BEFORE_COMMIT} (same transaction as the lead), anything that
 * acts on the stored lead uses {@code AFTER_COMMIT}. Carries only what notifications need: no answers and
 * no name; the patient's e-mail, phone and personal link only for the confirmation (docs/notify.md).
 *
 * @param reference the code the patient quotes on the phone, e.g. {@code LP-7K3QX}
 * @param nctId the study, e.g. {@code NCT06106906}
 * @param outcome the outcome as evaluated when submitted
 * @param receivedAt when the lead was stored
 * @param flagged the criteria the study team must check ({@code REVIEW}) or that ruled the person out
 *     ({@code FAIL}), with their titles in both languages
 * @param language the patient's preferred language, {@code en} or {@code zh}
 * @param preferredContactTime free text given by the patient, or null
 * @param email the patient's e-mail address, or null when none was given
 * @param phone the patient's phone in E.164 ({@link E164}), e.g. {@code +8613800138000}; the SMS confirmation
 *     goes to it when it is a Chinese mobile number
 * @param personalLink the patient's own page, {@code PORTAL_BASE_URL/my/<token>} ({@link PersonalLink}): for the
 *     patient's confirmation only, never to be logged or sent elsewhere
 */
public record LeadSubmitted(
        String reference,
        String nctId,
        Outcome outcome,
        Instant receivedAt,
        List<FlaggedCriterion> flagged,
        String language,
        String preferredContactTime,
        String email,
        String phone,
        String personalLink) {

    public record FlaggedCriterion(String id, CriterionStatus status, String titleEn, String titleZh) {
    }
}
