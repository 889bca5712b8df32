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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person who completed the pre-screen and left consented contact details, and the study team's work on them:
 * the aggregate that owns a lead's whole life. What they answered and how it was evaluated (JSON exactly as
 * evaluated, with the questionnaire version), how to reach them ({@link LeadContact}), where they came from
 * ({@link VisitorSource}), their consents, and the workflow: every change goes through a guarded method here
 * ({@link #logAttempt}, {@link #changeStatus}, {@link #assign}, {@link #addNote}, {@link #planNextAction}) that
 * refuses an illegal move with a {@link LeadRefusedException} and records what happened as a {@link LeadEvent}.
 * The allowed moves are {@link LeadStatus}'s table. Who may act on a lead is the application services' concern.
 */
@Entity
@Table(name = "leads")
public class Lead {

    /** Unanswered attempts in a row after which UNREACHABLE is suggested. */
    public static final int UNANSWERED_BEFORE_UNREACHABLE = 3;
    /** The longest note a recruiter can write, in characters. */
    public static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "reference", nullable = false, updatable = false, length = 12)
    private String reference;
    @Column(name = "nct_id", nullable = false, updatable = false, length = 20)
    private String nctId;
    @Column(name = "questionnaire_version", nullable = false, updatable = false, length = 40)
    private String questionnaireVersion;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 20)
    private Outcome outcome;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private LeadStatus status;
    @Column(name = "answers_json", columnDefinition = "longtext", nullable = false, updatable = false)
    private String answersJson;
    @Column(name = "evaluation_json", columnDefinition = "longtext", nullable = false, updatable = false)
    private String evaluationJson;
    @Embedded
    private LeadContact contact;
    /** The phone reversed, computed by the database (V23) for the staff queue's search by last digits. */
    @Column(name = "phone_reversed", length = 20, insertable = false, updatable = false)
    private String phoneReversed;
    @Column(name = "consent_future", nullable = false)
    private boolean consentFuture;
    @Embedded
    private VisitorSource source;
    @Column(name = "idempotency_key", updatable = false, length = 64)
    private String idempotencyKey;
    @Column(name = "idempotency_fingerprint", updatable = false, length = 64)
    private String idempotencyFingerprint;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
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
    @Column(name = "recheck_from", updatable = false)
    private LocalDate recheckFrom;
    @OneToMany(mappedBy = "lead", cascade = CascadeType.PERSIST)
    private List<LeadConsent> consents = new ArrayList<>();
    @OneToMany(mappedBy = "lead", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<LeadEvent> events = new ArrayList<>();

    protected Lead() {
    }

    /** A new lead in status NEW, from a direct visit; source, idempotency and consents are added before saving. */
    public Lead(Reference reference, String nctId, String questionnaireVersion, Outcome outcome, String answersJson,
            String evaluationJson, LeadContact contact, Instant createdAt) {
        this.reference = reference.value();
        this.nctId = nctId;
        this.questionnaireVersion = questionnaireVersion;
        this.outcome = outcome;
        this.answersJson = answersJson;
        this.evaluationJson = evaluationJson;
        this.contact = contact;
        this.source = VisitorSource.NONE;
        this.createdAt = createdAt;
        this.status = LeadStatus.NEW;
    }

    // --- capture (package-private: only LeadService builds leads) ---

    void comesFrom(VisitorSource from) {
        this.source = from == null ? VisitorSource.NONE : from;
    }

    void submittedWith(String key, String fingerprint) {
        this.idempotencyKey = key;
        this.idempotencyFingerprint = fingerprint;
    }

    /** The date from which the pre-screen said the person may qualify (the latest of its re-check dates). */
    void mayQualifyFrom(LocalDate date) {
        this.recheckFrom = date;
    }

    /** Records a consent given together with this lead, saved with it. */
    void addConsent(ConsentKind kind, String noticeVersion, String noticeLanguage, String noticeSha256,
            Instant grantedAt) {
        consents.add(new LeadConsent(this, kind, noticeVersion, noticeLanguage, noticeSha256, grantedAt));
        if (kind == ConsentKind.FUTURE_STUDIES) {
            consentFuture = true;
        }
    }

    // --- the workflow ---

    /**
     * Logs one contact attempt. The first moves a NEW lead to CONTACT_ATTEMPTED (or REACHED); reaching the
     * person moves a CONTACT_ATTEMPTED or UNREACHABLE lead to REACHED ({@link LeadStatus#afterAttempt}).
     */
    public void logAttempt(String actor, AttemptResult result, String note, Instant now) {
        if (!status.acceptsAttempts()) {
            throw new LeadRefusedException("attemptClosed", "attempt");
        }
        String text = cleanNote(note, false);
        events.add(LeadEvent.attempt(this, now, actor, result, text));
        lastContactAt = now;
        if (firstContactAt == null) {
            firstContactAt = now;
        }
        LeadStatus to = status.afterAttempt(result);
        if (to != status) {
            events.add(LeadEvent.status(this, now, actor, status, to, null, null, null));
            status = to;
        }
    }

    /** Moves the lead along {@link LeadStatus}'s table, checking what each target status needs. */
    public void changeStatus(String actor, StatusChange change, Instant now) {
        LeadStatus to = change.to();
        if (!status.canMoveTo(to)) {
            throw new LeadRefusedException("transition", "status");
        }
        if (to.closed() && (change.reasonCode() == null || !to.reasons().contains(change.reasonCode()))) {
            throw new LeadRefusedException("reason", "reason");
        }
        String note = cleanNote(change.note(), to.closed());
        Instant visit = null;
        if (to == LeadStatus.SCREENING_SCHEDULED) {
            visit = change.screeningAt() == null ? null : change.screeningAt().atZone(ClockConfig.SITE_ZONE).toInstant();
            if (visit == null || visit.isBefore(now)) {
                throw new LeadRefusedException("screeningAt", "screeningAt");
            }
        }
        if (change.recontactDate() != null && !change.recontactDate().isAfter(today(now))) {
            throw new LeadRefusedException("recontact", "recontactDate");
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
        status = to;
    }

    /** Appends a note; notes are never edited or removed. */
    public void addNote(String actor, String text, Instant now) {
        events.add(LeadEvent.note(this, now, actor, cleanNote(text, true)));
    }

    /** Gives the lead to a staff member ({@code null}: unassigned). */
    public void assign(String actor, String to, Instant now) {
        String assignee = to == null || to.isBlank() ? null : to;
        assignedTo = assignee;
        events.add(LeadEvent.assignment(this, now, actor, assignee));
    }

    /** Sets the date the lead should next be acted on (drives "overdue"); null clears it. */
    public void planNextAction(LocalDate date) {
        nextActionDate = date;
    }

    private static LocalDate today(Instant now) {
        return now.atZone(ClockConfig.SITE_ZONE).toLocalDate();
    }

    private static String cleanNote(String note, boolean required) {
        String text = note == null ? "" : note.strip();
        if (required && text.isEmpty()) {
            throw new LeadRefusedException("noteRequired", "note");
        }
        if (text.length() > MAX_NOTE) {
            throw new LeadRefusedException("noteLong", "note");
        }
        return text.isEmpty() ? null : text;
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

    public List<LeadConsent> getConsents() {
        return List.copyOf(consents);
    }

    public Long getId() {
        return id;
    }

    public Reference getReference() {
        return new Reference(reference);
    }

    public String getNctId() {
        return nctId;
    }

    public String getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public LeadStatus getStatus() {
        return status;
    }

    public String getAnswersJson() {
        return answersJson;
    }

    public String getEvaluationJson() {
        return evaluationJson;
    }

    public LeadContact getContact() {
        return contact;
    }

    public boolean isConsentFuture() {
        return consentFuture;
    }

    public VisitorSource getSource() {
        return source == null ? VisitorSource.NONE : source;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    /** What the idempotency key was used for ({@link SubmissionFingerprint}); null for leads stored before. */
    public String getIdempotencyFingerprint() {
        return idempotencyFingerprint;
    }

    public Instant getCreatedAt() {
        return createdAt;
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

    /**
     * The date from which the pre-screen said the person may qualify (the latest its criteria named: a diagnosis
     * too recent, a wash-out window), when it is still after {@code today}.
     */
    public Optional<LocalDate> recheckFrom(LocalDate today) {
        return Optional.ofNullable(recheckFrom).filter(today::isBefore);
    }

    /** The first contact attempt, for the dashboard's time to first contact. */
    public Instant getFirstContactAt() {
        return firstContactAt;
    }
}
