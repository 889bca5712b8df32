package cn.whuh.portal.lead;

import cn.whuh.portal.prescreen.Outcome;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a person submitted, as {@link Lead} keeps it: the study, their answers and how they were evaluated (JSON
 * exactly as evaluated, with the questionnaire version), the outcome, where they came from, their consents and
 * the idempotency of the request, and how to reach them ({@link LeadContact}). Set once when the lead is captured ({@code LeadService}); the team's work on
 * the lead lives in {@link Lead}.
 */
@MappedSuperclass
public abstract sealed class CapturedLead permits Lead {

    /** Why the personal data was erased: the person withdrew; its retention period ended. */
    public static final String WITHDRAWAL = "WITHDRAWN", RETENTION = "RETENTION";

    @Column(name = "reference", nullable = false, updatable = false, length = 12)
    private String reference;
    @Column(name = "nct_id", nullable = false, updatable = false, length = 20)
    private String nctId;
    @Column(name = "questionnaire_version", nullable = false, updatable = false, length = 40)
    private String questionnaireVersion;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 20)
    private Outcome outcome;
    @Column(name = "answers_json", columnDefinition = "longtext")
    private String answersJson;
    @Column(name = "evaluation_json", columnDefinition = "longtext", nullable = false)
    private String evaluationJson;
    @Embedded
    private LeadContact contact;
    /** The phone reversed, computed by the database (V23) for the staff queue's search by last digits. */
    @Column(name = "phone_reversed", length = 20, insertable = false, updatable = false)
    private String phoneReversed;
    @Embedded
    private LeadPrivacy privacy;
    @Embedded
    private VisitorSource source;
    @Column(name = "idempotency_key", updatable = false, length = 64)
    private String idempotencyKey;
    @Column(name = "idempotency_fingerprint", updatable = false, length = 64)
    private String idempotencyFingerprint;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "recheck_from")
    private LocalDate recheckFrom;
    @OneToMany(mappedBy = "lead", cascade = CascadeType.PERSIST)
    private List<LeadConsent> consents = new ArrayList<>();

    @Column(name = "consent_future", nullable = false)
    private boolean consentFuture;

    protected CapturedLead() {
    }

    protected CapturedLead(Reference reference, String nctId, String questionnaireVersion, Outcome outcome,
            String answersJson, String evaluationJson, LeadContact contact, Instant createdAt) {
        this.reference = reference.value();
        this.nctId = nctId;
        this.questionnaireVersion = questionnaireVersion;
        this.outcome = outcome;
        this.answersJson = answersJson;
        this.evaluationJson = evaluationJson;
        this.contact = contact;
        this.source = VisitorSource.NONE;
        this.createdAt = createdAt;
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
        consents.add(new LeadConsent((Lead) this, kind, noticeVersion, noticeLanguage, noticeSha256, grantedAt));
        if (kind == ConsentKind.FUTURE_STUDIES) {
            consentFuture = true;
        }
    }

    /**
     * Removes who the person is and what they said: the contact details but the language, the answers, the
     * re-check date they imply, and the evaluation's reasons (which quote the answers), keeping per criterion
     * its id, status and title ({@link LeadJson#anonymous}).
     */
    String eraseCaptured(String reason, Instant now) {
        requireNotErased();
        String why = LeadInput.erasureReason(reason);
        contact = contact.erased();
        answersJson = null;
        evaluationJson = LeadJson.anonymous(evaluationJson);
        recheckFrom = null;
        privacy().erased(why, now);
        return why;
    }

    /** No more contact about future studies (consent withdrawn); the consent record itself stays. */
    void stopFutureContact() {
        requireNotErased();
        if (!consentFuture) {
            throw new LeadRefusedException("noFutureConsent", null);
        }
        consentFuture = false;
    }

    /**
     * The day the re-check invitation is planned for (docs/patient-door.md#re-check-invitation): the re-check
     * date, for a person with an e-mail address who agreed to be contacted (about this study or future ones),
     * whose lead is not withdrawn, declined, a duplicate or erased, and who was not invited yet.
     */
    public Optional<LocalDate> recheckInvitationPlanned() {
        boolean contactable = consentFuture
                || consents.stream().anyMatch(c -> c.getKind() == ConsentKind.SHARE_WITH_SITE);
        LeadStatus status = getStatus();
        boolean open = status != LeadStatus.WITHDRAWN && status != LeadStatus.NOT_INTERESTED
                && status != LeadStatus.DUPLICATE && status != LeadStatus.ENROLLED;
        return Optional.ofNullable(recheckFrom).filter(day -> contactable && open && !isErased()
                && privacy().recheckInvitedAt() == null && (contact.email() != null || contact.phone().chineseMobile()));
    }

    /** The re-check invitation was written (once); refused when none is planned for {@code today} or before. */
    public void recordRecheckInvitation(LocalDate today, Instant now) {
        requireNotErased();
        if (recheckInvitationPlanned().filter(day -> !day.isAfter(today)).isEmpty()) {
            throw new LeadRefusedException("recheckNotDue", null);
        }
        privacy().recheckInvited(now);
    }

    /** Every change is refused once the personal data is erased: there is no one left to work on. */
    void requireNotErased() {
        if (isErased()) {
            throw new LeadRefusedException("erased", null);
        }
    }

    /** Whether the personal data was erased; then only the anonymous row is left. */
    public boolean isErased() {
        return privacy().erasedAt() != null;
    }

    /** Closing time, erasure time and reason. */
    public LeadPrivacy privacy() {
        if (privacy == null) {
            privacy = new LeadPrivacy();
        }
        return privacy;
    }

    // --- reading ---

    /** Where the lead stands in the workflow ({@link Lead}). */
    public abstract LeadStatus getStatus();

    /** The day (site time) from which the personal data is due for erasure ({@link LeadPrivacy#erasureDue}). */
    public Optional<LocalDate> erasureDue(Retention retention) {
        return privacy().erasureDue(getStatus(), outcome, createdAt, retention);
    }

    /** Whether the person agreed to hear about future studies. */
    public boolean isConsentFuture() {
        return consentFuture;
    }

    /** How to reach the person; once erased, only the language is left. */
    public LeadContact getContact() {
        return contact;
    }

    public List<LeadConsent> getConsents() {
        return List.copyOf(consents);
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

    /** The answers as JSON; null once erased. */
    public String getAnswersJson() {
        return answersJson;
    }

    public String getEvaluationJson() {
        return evaluationJson;
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

    /**
     * The date from which the pre-screen said the person may qualify (the latest its criteria named: a diagnosis
     * too recent, a wash-out window), when it is still after {@code today}.
     */
    public Optional<LocalDate> recheckFrom(LocalDate today) {
        return Optional.ofNullable(recheckFrom).filter(today::isBefore);
    }

    /** The re-check date as stored, past or not (null when none, or once erased). */
    public LocalDate getRecheckFrom() {
        return recheckFrom;
    }
}
