package cn.whuh.portal.triage;

import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.prescreen.Outcome;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the queue: only the columns shown, never answers or evaluation. Name and phone are null once the
 * lead's personal data was erased ({@code erasedAt}). The phone is for the server only: pages show it masked
 * ({@code PhoneMask}).
 *
 * @param attemptCount contact attempts logged so far ("attempt 2 of 3")
 * @param callbackAt when the planned callback is due, or null
 */
public record QueueRow(String reference, Instant createdAt, Outcome outcome, LeadStatus status, String fullName,
        String phone, String assignedTo, Instant lastContactAt, LocalDate nextActionDate, Instant erasedAt,
        int attemptCount, Instant callbackAt) {
}
