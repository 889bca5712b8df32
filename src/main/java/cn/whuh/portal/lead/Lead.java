package cn.whuh.portal.lead;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.prescreen.Outcome;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person who completed the pre-screen and left consented contact details, and the study team's work on them:
 * the aggregate that owns a lead's whole life ({@link CapturedLead}: what was submitted). Every change goes through
 * a guarded method here ({@link #logAttempt}, {@link #changeStatus}, {@link #assign}, {@link #addNote},
 * {@link #scheduleCallback}) that refuses an illegal move with a {@link LeadRefusedException} and records a
 * {@link LeadEvent}; the allowed moves are {@link LeadStatus}'s table. Who may act is the application services'
 * concern.
 */
@Entity
@Table(name = "leads")
public non-sealed class Lead extends CapturedLead {

    /** Unanswered attempts in a row after which UNREACHABLE is suggested. */
    public static final int UNANSWERED_BEFORE_UNREACHABLE = 3;
    /** The longest note a recruiter can write, in characters. */
    public static final int MAX_NOTE = 2000;
    /** The longest "what to do" of a callback, in characters. */
    public static final int MAX_PURPOSE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private LeadStatus status;
    @Column(name = "assigned_to", length = 100)
    private String assignedTo;
    @Column(name = "last_contact_at")
    private Instant lastContactAt;
    @Column(name = "next_action_date")
    private LocalDate nextActionDate;
    @Column(name = "recontact_date")
    private LocalDate recontactDate;
    @Column(name = "screening_at")
    private Instant screeningAt;
    @Column(name = "first_contact_at")
    private Instant firstContactAt;
    @Embedded
    private Callback callback;
    @Column(name = "attempt_count", nullable = false)
    private int attemptCount;
    @Column(name = "duplicate_of", length = 12)
    private String duplicateOf;
    @OneToMany(mappedBy = "lead", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<LeadEvent> events = new ArrayList<>();

    protected Lead() {
    }

    /** A new lead in status NEW, from a direct visit; source, idempotency and consents are added before saving. */
    public Lead(Reference reference, String nctId, String questionnaireVersion, Outcome outcome, String answersJson,
            String evaluationJson, LeadContact contact, Instant createdAt) {
        super(reference, nctId, questionnaireVersion, outcome, answersJson, evaluationJson, contact, createdAt);
        this.status = LeadStatus.NEW;
    }

    // --- the workflow ---

    /**
     * Logs one contact attempt. The first moves a NEW lead to CONTACT_ATTEMPTED (or REACHED); reaching the
     * person moves a CONTACT_ATTEMPTED or UNREACHABLE lead to REACHED ({@link LeadStatus#afterAttempt}).
     */
    public void logAttempt(String actor, AttemptResult result, String note, Instant now) {
        requireNotErased();
        if (!status.acceptsAttempts()) {
            throw new LeadRefusedException("attemptClosed", "attempt");
        }
        String text = LeadInput.note(note, false);
        claimFor(actor, now);
        events.add(LeadEvent.attempt(this, now, actor, result, text));
        attemptCount++;
        lastContactAt = now;
        if (firstContactAt == null) {
            firstContactAt = now;
        }
        LeadStatus to = status.afterAttempt(result);
        if (to != status) {
            events.add(LeadEvent.status(this, now, actor, status, to, null, null, null));
            moveTo(to, now);
        }
    }

    /**
     * Moves the lead along {@link LeadStatus}'s table, checking what each target status needs. Choosing REACHED
     * records the call that reached them ({@link #logAttempt}), so every path that records contact counts it alike
     * (first and last contact, attempts, the funnel's "contacted").
     */
    public void changeStatus(String actor, StatusChange change, Instant now) {
        requireNotErased();
        LeadStatus to = change.to();
        if (!status.canMoveTo(to)) {
            throw new LeadRefusedException("transition", "status");
        }
        LocalDate today = now.atZone(ClockConfig.SITE_ZONE).toLocalDate();
        if (change.recontactDate() != null && !change.recontactDate().isAfter(today)) {
            throw new LeadRefusedException("recontact", "recontactDate");
        }
        if (to == LeadStatus.REACHED) {
            reachedByHand(actor, change, now);
            return;
        }
        if (to.closed() && (change.reasonCode() == null || !to.reasons().contains(change.reasonCode()))) {
            throw new LeadRefusedException("reason", "reason");
        }
        String note = LeadInput.note(change.note(), to.closed());
        Instant visit = to == LeadStatus.SCREENING_SCHEDULED
                ? LeadInput.future(change.screeningAt(), now, "screeningAt", "screeningAt") : null;
        Instant followUp = to == LeadStatus.CONSIDERING
                ? LeadInput.future(change.followUpAt(), now, "followUpAt", "followUpAt") : null;
        claimFor(actor, now);
        if (followUp != null) {
            planCallback(actor, new Callback(followUp, "CONSIDERING", actor), now);
        }
        if (visit != null) {
            screeningAt = visit;
            nextActionDate = change.screeningAt().toLocalDate();
        }
        if (change.recontactDate() != null) {
            recontactDate = change.recontactDate();
        }
        events.add(LeadEvent.status(this, now, actor, status, to, to.closed() ? change.reasonCode() : null, visit,
                note));
        moveTo(to, now);
    }

    /** "Reached" chosen by hand, from any status, is the call that reached the person: logged as that attempt. */
    private void reachedByHand(String actor, StatusChange change, Instant now) {
        logAttempt(actor, AttemptResult.REACHED, change.note(), now);
        if (status != LeadStatus.REACHED) {
            events.add(LeadEvent.status(this, now, actor, status, LeadStatus.REACHED, null, null, null));
            moveTo(LeadStatus.REACHED, now);
        }
        if (change.recontactDate() != null) {
            recontactDate = change.recontactDate();
        }
    }

    private void moveTo(LeadStatus to, Instant now) {
        privacy().statusNow(to, now);
        status = to;
    }

    /** Closes this lead as DUPLICATE of {@code kept}, the lead kept for the same person (reason SAME_PERSON). */
    public void closeAsDuplicateOf(String actor, Reference kept, String note, Instant now) {
        if (kept.equals(getReference())) {
            throw new LeadRefusedException("duplicateOfItself", null);
        }
        String why = note == null || note.isBlank() ? kept.value() : kept.value() + ": " + note.strip();
        changeStatus(actor, new StatusChange(LeadStatus.DUPLICATE, "SAME_PERSON", why, null, null), now);
        duplicateOf = kept.value();
    }

    /** Appends a note; notes are never edited or removed. */
    public void addNote(String actor, String text, Instant now) {
        requireNotErased();
        String note = LeadInput.note(text, true);
        claimFor(actor, now);
        events.add(LeadEvent.note(this, now, actor, note));
    }

    /** Gives the lead to a staff member ({@code null}: unassigned). */
    public void assign(String actor, String to, Instant now) {
        requireNotErased();
        assignedTo = to == null || to.isBlank() ? null : to;
        events.add(LeadEvent.assignment(this, now, actor, assignedTo));
    }

    /**
     * Plans a callback: when (site time, in the future), what to do, and who calls ({@code caller}, default the
     * actor). It is the lead's next action: the queue's "due today" and "overdue" follow it.
     */
    public void scheduleCallback(String actor, LocalDateTime when, String purpose, String caller, Instant now) {
        requireNotErased();
        Instant at = LeadInput.future(when, now, "callbackPast", "callbackAt");
        String what = LeadInput.purpose(purpose);
        claimFor(actor, now);
        planCallback(actor, new Callback(at, what, caller == null || caller.isBlank() ? actor : caller), now);
    }

    /** The callback was made or is no longer needed (an erased lead has none left). */
    public void clearCallback(String actor, Instant now) {
        if (callback != null) {
            callback = null;
            nextActionDate = null;
            events.add(LeadEvent.callback(this, now, actor, null, null, null));
        }
    }

    private void planCallback(String actor, Callback planned, Instant now) {
        callback = planned;
        nextActionDate = planned.at().atZone(ClockConfig.SITE_ZONE).toLocalDate();
        events.add(LeadEvent.callback(this, now, actor, planned.at(), planned.purpose(), planned.caller()));
    }

    /**
     * Erases the person's data for good ({@link #eraseCaptured}, the callback, the free text of every event),
     * leaving an anonymous row that keeps the counts right; {@code reason} is kept. Refused when already erased.
     */
    public void erasePersonalData(String actor, String reason, Instant now) {
        String why = eraseCaptured(reason, now);
        callback = null;
        nextActionDate = null;
        recontactDate = null;
        events.forEach(LeadEvent::eraseNote);
        events.add(LeadEvent.erasure(this, now, actor, why));
    }

    /**
     * The person withdraws consent (PIPL art. 15): from any status to WITHDRAWN (CONSENT_WITHDRAWN), the one move
     * outside {@link LeadStatus}'s table, and erased at once. Refused when already erased: a second one does nothing.
     */
    public void withdrawConsent(String actor, Instant now) {
        requireNotErased();
        if (status != LeadStatus.WITHDRAWN) {
            events.add(LeadEvent.status(this, now, actor, status, LeadStatus.WITHDRAWN, "CONSENT_WITHDRAWN", null,
                    null));
            moveTo(LeadStatus.WITHDRAWN, now);
        }
        erasePersonalData(actor, WITHDRAWAL, now);
    }

    /** No more news of future studies; for a ruled-out person, kept only for that, it is a withdrawal. */
    public void optOutOfFutureStudies(String actor, Instant now) {
        stopFutureContact();
        events.add(LeadEvent.consentWithdrawn(this, now, actor, ConsentKind.FUTURE_STUDIES));
        if (!getOutcome().qualified()) {
            withdrawConsent(actor, now);
        }
    }

    /**
     * Who may work on this lead: anyone who sees every lead (investigators), and others while it is unassigned
     * or theirs. The lead page, the queue and the staff API apply this one rule.
     */
    public boolean workableBy(String username, boolean seesAllLeads) {
        return seesAllLeads || assignedTo == null || assignedTo.equals(username);
    }

    /** The first change by someone on an unassigned lead makes it theirs (a second recruiter then sees who has it). */
    private void claimFor(String actor, Instant now) {
        if (assignedTo == null && actor != null) {
            assign(actor, actor, now);
        }
    }

    // --- reading ---

    /** Attempts, status changes, notes and assignments, oldest first. */
    public List<LeadEvent> history() {
        return List.copyOf(events);
    }

    /** Unanswered attempts since the person was last reached. */
    public int unansweredInARow() {
        int count = 0;
        for (LeadEvent event : events) {
            if (event.getKind() == LeadEvent.Kind.ATTEMPT) {
                count = event.getAttemptResult().unanswered() ? count + 1 : 0;
            }
        }
        return count;
    }

    /** Whether to suggest closing as UNREACHABLE: enough unanswered attempts, and the move is allowed. */
    public boolean suggestUnreachable() {
        return unansweredInARow() >= UNANSWERED_BEFORE_UNREACHABLE && status.canMoveTo(LeadStatus.UNREACHABLE);
    }

    public Long getId() {
        return id;
    }

    @Override
    public LeadStatus getStatus() {
        return status;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public Instant getLastContactAt() {
        return lastContactAt;
    }

    public LocalDate getNextActionDate() {
        return nextActionDate;
    }

    public LocalDate getRecontactDate() {
        return recontactDate;
    }

    /** When the screening visit is booked (status SCREENING_SCHEDULED), or null. */
    public Instant getScreeningAt() {
        return screeningAt;
    }

    /** The lead kept for the same person, when this one was closed as its duplicate. */
    public Optional<Reference> getDuplicateOf() {
        return Optional.ofNullable(duplicateOf).map(Reference::new);
    }

    /** The planned callback, if any. */
    public Optional<Callback> getCallback() {
        return Optional.ofNullable(callback);
    }

    /** Contact attempts logged so far. */
    public int getAttemptCount() {
        return attemptCount;
    }

    /** The version of this lead, which every change moves on: a page compares it to see a change made elsewhere. */
    public long getVersion() {
        return version;
    }

    /** The first contact attempt, for the dashboard's time to first contact. */
    public Instant getFirstContactAt() {
        return firstContactAt;
    }
}
