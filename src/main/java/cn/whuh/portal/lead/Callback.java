package cn.whuh.portal.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A planned call back to the person: when, what to do, and who calls. Part of {@link Lead}, which plans it
 * ({@link Lead#scheduleCallback}); the queue's "due today" and "overdue" follow it.
 */
@Embeddable
public record Callback(
        @Column(name = "callback_at") Instant at,
        @Column(name = "callback_purpose", length = Lead.MAX_PURPOSE) String purpose,
        @Column(name = "callback_by", length = 100) String caller) {

    /** Whether its time has passed. */
    public boolean overdue(Instant now) {
        return at.isBefore(now);
    }
}
