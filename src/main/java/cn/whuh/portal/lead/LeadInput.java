package cn.whuh.portal.lead;

import cn.whuh.portal.base.config.ClockConfig;
import java.time.Instant;
import java.time.LocalDateTime;

/** The checks {@link Lead} makes of what a recruiter typed, each refusing with the field at fault. */
final class LeadInput {

    private LeadInput() {
    }

    /** A note trimmed (null when empty), at most {@link Lead#MAX_NOTE} characters; required for some moves. */
    static String note(String note, boolean required) {
        String text = note == null ? "" : note.strip();
        if (required && text.isEmpty()) {
            throw new LeadRefusedException("noteRequired", "note");
        }
        if (text.length() > Lead.MAX_NOTE) {
            throw new LeadRefusedException("noteLong", "note");
        }
        return text.isEmpty() ? null : text;
    }

    /** What a callback is for: required, at most {@link Lead#MAX_PURPOSE} characters. */
    static String purpose(String purpose) {
        String what = purpose == null ? "" : purpose.strip();
        if (what.isEmpty()) {
            throw new LeadRefusedException("callbackPurpose", "callbackPurpose");
        }
        if (what.length() > Lead.MAX_PURPOSE) {
            throw new LeadRefusedException("callbackPurposeLong", "callbackPurpose");
        }
        return what;
    }

    /** Why personal data is erased: required, at most {@link Lead#MAX_PURPOSE} characters. */
    static String erasureReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new LeadRefusedException("erasureReason", "erasureReason");
        }
        if (why.length() > Lead.MAX_PURPOSE) {
            throw new LeadRefusedException("erasureReasonLong", "erasureReason");
        }
        return why;
    }

    /** A site-time date and time that must lie after {@code now}, refused as {@code reason} on {@code field}. */
    static Instant future(LocalDateTime when, Instant now, String reason, String field) {
        Instant at = when == null ? null : when.atZone(ClockConfig.SITE_ZONE).toInstant();
        if (at == null || !at.isAfter(now)) {
            throw new LeadRefusedException(reason, field);
        }
        return at;
    }
}
