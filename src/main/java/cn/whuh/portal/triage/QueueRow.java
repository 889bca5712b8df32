package cn.whuh.portal.triage;

import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.prescreen.Outcome;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the queue: only the columns shown, never answers or evaluation. Name and phone are null once the
 * lead's personal data was erased ({@code erasedAt}).
 */
public record QueueRow(String reference, Instant createdAt, Outcome outcome, LeadStatus status, String fullName,
        String phone, String assignedTo, Instant lastContactAt, LocalDate nextActionDate, Instant erasedAt) {
}
