package cn.whuh.portal.lead;

import cn.whuh.portal.prescreen.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the person's own page shows of their lead ({@link PatientDoor}): never a staff note, never the values of
 * the answers.
 *
 * @param reference the code to quote
 * @param nctId the study
 * @param language the person's language, {@code en} or {@code zh}
 * @param status where the lead stands
 * @param closingReason the closing reason code when closed, else null
 * @param screeningAt the booked screening visit, when one is booked
 * @param recheckFrom the date from which the pre-screen said they may qualify, when it named one
 * @param recheckInvitedAt when the re-check invitation was written, or null
 * @param recheckPlanned whether a re-check invitation will be sent on the re-check date
 * @param held the kinds of data the portal holds ({@code name}, {@code phone}, {@code email}, {@code wechat},
 *     {@code contactTime}, {@code answers}, {@code consents}, {@code notes}); empty once erased
 * @param erasureDue the day the personal data will be erased, when a rule names one (null: kept while the team
 *     works on it)
 * @param erasedAt when the personal data was erased, or null
 * @param withdrawn whether the person withdrew
 * @param futureContact whether they agreed to hear about future studies (and have not opted out)
 */
public record MyLead(String reference, String nctId, String language, Outcome outcome, LeadStatus status,
        String closingReason, Instant screeningAt, LocalDate recheckFrom, Instant recheckInvitedAt,
        boolean recheckPlanned, List<String> held,
        LocalDate erasureDue, Instant erasedAt, boolean withdrawn, boolean futureContact) {

    public boolean erased() {
        return erasedAt != null;
    }
}
