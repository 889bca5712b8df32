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
 * the idempotency of the request. Set once when the lead is captured ({@code LeadService}); the team's work on
 * the lead lives in {@link Lead}.
 */
@MappedSuperclass
public abstract sealed class CapturedLead permits Lead {

    @Column(name = "reference", nullable = false, updatable = false, length = 12)
    private String reference;
    @Column(name = "nct_id", nullable = false, updatable = false, length = 20)
    private String nctId;
    @Column(name = "questionnaire_version", nullable = false, updatable = false, length = 40)
    private String questionnaireVersion;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 20)
    private Outcome outcome;
    @Column(name = "answers_json", columnDefinition = "longtext", nullable = false, updatable = false)
    private String answersJson;
    @Column(name = "evaluation_json", columnDefinition = "longtext", nullable = false, updatable = false)
    private String evaluationJson;
    @Embedded
    private VisitorSource source;
    @Column(name = "idempotency_key", updatable = false, length = 64)
    private String idempotencyKey;
    @Column(name = "idempotency_fingerprint", updatable = false, length = 64)
    private String idempotencyFingerprint;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "recheck_from", updatable = false)
    private LocalDate recheckFrom;
    @OneToMany(mappedBy = "lead", cascade = CascadeType.PERSIST)
    private List<LeadConsent> consents = new ArrayList<>();

    @Column(name = "consent_future", nullable = false)
    private boolean consentFuture;

    protected CapturedLead() {
    }

    protected CapturedLead(Reference reference, String nctId, String questionnaireVersion, Outcome outcome,
            String answersJson, String evaluationJson, Instant createdAt) {
        this.reference = reference.value();
        this.nctId = nctId;
        this.questionnaireVersion = questionnaireVersion;
        this.outcome = outcome;
        this.answersJson = answersJson;
        this.evaluationJson = evaluationJson;
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

    // --- reading ---

    /** Whether the person agreed to hear about future studies. */
    public boolean isConsentFuture() {
        return consentFuture;
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
}
