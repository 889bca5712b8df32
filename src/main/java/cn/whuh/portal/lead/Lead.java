package cn.whuh.portal.lead;

import cn.whuh.portal.prescreen.Outcome;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person who completed the pre-screen and left consented contact details: what they answered, how it
 * was evaluated, how to reach them, where they came from, and where the study team's work on them stands.
 * Answers and evaluation are kept as JSON exactly as evaluated (with the questionnaire version).
 */
@Entity
@Table(name = "leads")
public class Lead {

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
    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;
    @Column(name = "phone", nullable = false, length = 20)
    private String phone;
    /** The phone reversed, computed by the database (V23) for the staff queue's search by last digits. */
    @Column(name = "phone_reversed", length = 20, insertable = false, updatable = false)
    private String phoneReversed;
    @Column(name = "email", length = 254)
    private String email;
    @Column(name = "wechat_id", length = 40)
    private String wechatId;
    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage;
    @Column(name = "preferred_contact_time", length = 200)
    private String preferredContactTime;
    @Column(name = "consent_future", nullable = false)
    private boolean consentFuture;
    @Column(name = "utm_source", updatable = false, length = 100)
    private String utmSource;
    @Column(name = "utm_medium", updatable = false, length = 100)
    private String utmMedium;
    @Column(name = "utm_campaign", updatable = false, length = 100)
    private String utmCampaign;
    @Column(name = "utm_term", updatable = false, length = 100)
    private String utmTerm;
    @Column(name = "utm_content", updatable = false, length = 100)
    private String utmContent;
    @Column(name = "referrer", updatable = false, length = 500)
    private String referrer;
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
    @OneToMany(mappedBy = "lead", cascade = CascadeType.PERSIST)
    private List<LeadConsent> consents = new ArrayList<>();

    protected Lead() {
    }

    /** A new lead in status NEW; contact, source and consents are set before it is saved. */
    public Lead(String reference, String nctId, String questionnaireVersion, Outcome outcome, String answersJson,
            String evaluationJson, Instant createdAt) {
        this.reference = reference;
        this.nctId = nctId;
        this.questionnaireVersion = questionnaireVersion;
        this.outcome = outcome;
        this.answersJson = answersJson;
        this.evaluationJson = evaluationJson;
        this.createdAt = createdAt;
        this.status = LeadStatus.NEW;
    }

    /** Records a consent given together with this lead, saved with it. */
    public LeadConsent addConsent(ConsentKind kind, String noticeVersion, String noticeLanguage, String noticeSha256,
            Instant grantedAt) {
        LeadConsent consent = new LeadConsent(this, kind, noticeVersion, noticeLanguage, noticeSha256, grantedAt);
        consents.add(consent);
        return consent;
    }

    public List<LeadConsent> getConsents() {
        return List.copyOf(consents);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
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

    public void setStatus(LeadStatus status) {
        this.status = status;
    }

    public String getAnswersJson() {
        return answersJson;
    }

    public String getEvaluationJson() {
        return evaluationJson;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWechatId() {
        return wechatId;
    }

    public void setWechatId(String wechatId) {
        this.wechatId = wechatId;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getPreferredContactTime() {
        return preferredContactTime;
    }

    public void setPreferredContactTime(String preferredContactTime) {
        this.preferredContactTime = preferredContactTime;
    }

    public boolean isConsentFuture() {
        return consentFuture;
    }

    public void setConsentFuture(boolean consentFuture) {
        this.consentFuture = consentFuture;
    }

    public String getUtmSource() {
        return utmSource;
    }

    public void setUtmSource(String utmSource) {
        this.utmSource = utmSource;
    }

    public String getUtmMedium() {
        return utmMedium;
    }

    public void setUtmMedium(String utmMedium) {
        this.utmMedium = utmMedium;
    }

    public String getUtmCampaign() {
        return utmCampaign;
    }

    public void setUtmCampaign(String utmCampaign) {
        this.utmCampaign = utmCampaign;
    }

    public String getUtmTerm() {
        return utmTerm;
    }

    public void setUtmTerm(String utmTerm) {
        this.utmTerm = utmTerm;
    }

    public String getUtmContent() {
        return utmContent;
    }

    public void setUtmContent(String utmContent) {
        this.utmContent = utmContent;
    }

    public String getReferrer() {
        return referrer;
    }

    public void setReferrer(String referrer) {
        this.referrer = referrer;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    /** What the idempotency key was used for ({@link SubmissionFingerprint}); null for leads stored before. */
    public String getIdempotencyFingerprint() {
        return idempotencyFingerprint;
    }

    public void setIdempotencyFingerprint(String idempotencyFingerprint) {
        this.idempotencyFingerprint = idempotencyFingerprint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(String assignedTo) {
        this.assignedTo = assignedTo;
    }

    public Instant getLastContactAt() {
        return lastContactAt;
    }

    public void setLastContactAt(Instant lastContactAt) {
        this.lastContactAt = lastContactAt;
    }

    public LocalDate getNextActionDate() {
        return nextActionDate;
    }

    public void setNextActionDate(LocalDate nextActionDate) {
        this.nextActionDate = nextActionDate;
    }

    public LocalDate getRecontactDate() {
        return recontactDate;
    }

    public void setRecontactDate(LocalDate recontactDate) {
        this.recontactDate = recontactDate;
    }

    /** When the screening visit is booked (status SCREENING_SCHEDULED), or null. */
    public Instant getScreeningAt() {
        return screeningAt;
    }

    public void setScreeningAt(Instant screeningAt) {
        this.screeningAt = screeningAt;
    }

    /** The first contact attempt, for the dashboard's time to first contact. */
    public Instant getFirstContactAt() {
        return firstContactAt;
    }

    public void setFirstContactAt(Instant firstContactAt) {
        this.firstContactAt = firstContactAt;
    }
}
