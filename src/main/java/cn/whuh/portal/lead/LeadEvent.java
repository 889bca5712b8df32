package cn.whuh.portal.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that happened to a lead: an attempt, a status change, a note or an assignment. Made only by
 * {@link Lead}'s workflow methods and saved with it; never changed, except that erasing the lead's personal data
 * removes its free text ({@link #eraseNote}).
 */
@Entity
@Table(name = "lead_event")
public class LeadEvent {

    /**
     * What happened; {@code ERASURE}: the personal data was erased (the note is why), {@code CONSENT}: the person
     * withdrew the consent of the reason column ({@code FUTURE_STUDIES}).
     */
    public enum Kind { ATTEMPT, STATUS, NOTE, ASSIGNMENT, CALLBACK, ERASURE, CONSENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id", updatable = false)
    private Lead lead;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "attempt_result", updatable = false, length = 20)
    private AttemptResult attemptResult;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 30)
    private LeadStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false, length = 30)
    private LeadStatus toStatus;

    @Column(name = "reason_code", updatable = false, length = 40)
    private String reasonCode;

    @Column(name = "scheduled_at", updatable = false)
    private Instant scheduledAt;

    /** Free text (a recruiter's note, what a callback is for); removed when the lead's personal data is erased. */
    @Column(columnDefinition = "text")
    private String note;

    protected LeadEvent() {
    }

    private LeadEvent(Lead lead, Instant occurredAt, String actor, Kind kind, String note) {
        this.lead = lead;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.note = note;
    }

    static LeadEvent attempt(Lead lead, Instant at, String actor, AttemptResult result, String note) {
        LeadEvent event = new LeadEvent(lead, at, actor, Kind.ATTEMPT, note);
        event.attemptResult = result;
        return event;
    }

    static LeadEvent status(Lead lead, Instant at, String actor, LeadStatus from, LeadStatus to, String reason,
            Instant scheduled, String note) {
        LeadEvent event = new LeadEvent(lead, at, actor, Kind.STATUS, note);
        event.fromStatus = from;
        event.toStatus = to;
        event.reasonCode = reason;
        event.scheduledAt = scheduled;
        return event;
    }

    static LeadEvent note(Lead lead, Instant at, String actor, String note) {
        return new LeadEvent(lead, at, actor, Kind.NOTE, note);
    }

    /** A callback planned: when (null = cleared), what to do (the note) and who calls (the reason column). */
    static LeadEvent callback(Lead lead, Instant at, String actor, Instant when, String purpose, String caller) {
        LeadEvent event = new LeadEvent(lead, at, actor, Kind.CALLBACK, purpose);
        event.scheduledAt = when;
        event.reasonCode = caller;
        return event;
    }

    /** An assignment: to whom (null = unassigned), kept in the reason column. */
    static LeadEvent assignment(Lead lead, Instant at, String actor, String assignee) {
        LeadEvent event = new LeadEvent(lead, at, actor, Kind.ASSIGNMENT, null);
        event.reasonCode = assignee;
        return event;
    }

    /** The personal data of the lead was erased, by whom and why. */
    static LeadEvent erasure(Lead lead, Instant at, String actor, String why) {
        return new LeadEvent(lead, at, actor, Kind.ERASURE, why);
    }

    /** A consent withdrawn by the person ({@code kind} in the reason column). */
    static LeadEvent consentWithdrawn(Lead lead, Instant at, String actor, ConsentKind kind) {
        LeadEvent event = new LeadEvent(lead, at, actor, Kind.CONSENT, null);
        event.reasonCode = kind.name();
        return event;
    }

    /** Drops the free text; everything else (when, who, what kind, statuses, reason codes) stays. */
    void eraseNote() {
        note = null;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    public AttemptResult getAttemptResult() {
        return attemptResult;
    }

    public LeadStatus getFromStatus() {
        return fromStatus;
    }

    public LeadStatus getToStatus() {
        return toStatus;
    }

    /** The closing reason of a status change, or the assignee of an assignment. */
    public String getReasonCode() {
        return reasonCode;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public String getNote() {
        return note;
    }
}
