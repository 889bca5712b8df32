package cn.whuh.portal.lead;

import java.util.Locale;
import java.util.Map;

/**
 * Everything a person sends to become a lead, from the result page or the API.
 *
 * @param nctId the study
 * @param answers the questionnaire answers, as the engine takes them
 * @param contact the contact details as typed
 * @param consents the boxes ticked
 * @param locale the language the page (and so the privacy notice) was shown in
 * @param source where the visitor came from, {@link VisitorSource#NONE} if unknown
 * @param idempotencyKey the client's key for this submission (the same key again creates nothing), or null
 */
public record LeadSubmission(
        String nctId,
        Map<String, Object> answers,
        ContactDetails contact,
        ConsentChoices consents,
        Locale locale,
        VisitorSource source,
        String idempotencyKey) {
}
