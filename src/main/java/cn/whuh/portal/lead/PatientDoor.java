package cn.whuh.portal.lead;

import cn.whuh.portal.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's own door to their lead, through the personal link's token (docs/patient-door.md): what the page
 * shows ({@link MyLead}), withdrawing consent, opting out of future studies, and downloading what is held. A
 * token whose lead is unknown, or was erased more than {@link #EXPIRES_AFTER_ERASURE} ago, finds nothing. Every
 * change locks the lead's row, so a double click or two tabs give one withdrawal. Audited with actor
 * {@value #PATIENT}; the token is never logged.
 */
@Service
public class PatientDoor {

    public static final String PATIENT = "patient";
    public static final String WITHDRAWN = "LEAD_WITHDRAWN";
    public static final String OPTED_OUT = "LEAD_OPTED_OUT";
    public static final Duration EXPIRES_AFTER_ERASURE = Duration.ofDays(30);

    private final LeadRepository leads;
    private final LeadErasure erasure;
    private final AuditLog auditLog;
    private final Retention retention;
    private final JsonMapper json;
    private final Clock clock;

    PatientDoor(LeadRepository leads, LeadErasure erasure, AuditLog auditLog, Retention retention, JsonMapper json,
            Clock clock) {
        this.leads = leads;
        this.erasure = erasure;
        this.auditLog = auditLog;
        this.retention = retention;
        this.json = json;
        this.clock = clock;
    }

    /** Whether the token opens a page; looked up by its hash whatever it looks like, so every miss costs the same. */
    @Transactional(readOnly = true)
    public boolean opens(String token) {
        return lead(token).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<MyLead> find(String token) {
        return lead(token).map(this::view);
    }

    /**
     * Withdraws consent: the lead becomes WITHDRAWN and its personal data is erased at once ({@link
     * Lead#withdrawConsent}); the lead recipients are told ({@link LeadErased}). False when it was withdrawn or
     * erased before (a second click): nothing changes.
     */
    @Transactional
    public boolean withdraw(String token) {
        Lead lead = locked(token);
        if (lead.isErased()) {
            return false;
        }
        Instant now = Instant.now(clock);
        LeadErased withdrawal = withdrawal(lead, now);
        lead.withdrawConsent(PATIENT, now);
        auditLog.record(PATIENT, WITHDRAWN, lead.getReference().value(), null);
        erasure.erased(lead, PATIENT, "withdrawn", withdrawal);
        return true;
    }

    /** No more news of future studies; for a ruled-out person (kept only for that) it is a withdrawal. */
    @Transactional
    public void optOut(String token) {
        Lead lead = locked(token);
        Instant now = Instant.now(clock);
        LeadErased withdrawal = withdrawal(lead, now);
        lead.optOutOfFutureStudies(PATIENT, now);
        auditLog.record(PATIENT, OPTED_OUT, lead.getReference().value(), "FUTURE_STUDIES");
        if (lead.isErased()) {
            auditLog.record(PATIENT, WITHDRAWN, lead.getReference().value(), null);
            erasure.erased(lead, PATIENT, "withdrawn", withdrawal);
        }
    }

    /** The event of a withdrawal, taken before the lead forgets where the person's receipt goes. */
    private static LeadErased withdrawal(Lead lead, Instant now) {
        LeadContact contact = lead.getContact();
        boolean held = contact != null && contact.phone() != null;
        return new LeadErased(lead.getReference().value(), lead.getNctId(), true, now,
                held ? contact.phone().value() : null, held ? contact.preferredLanguage() : null);
    }

    /**
     * What is held about the person, as JSON (PIPL art. 45): the lead, contact details, answers as stored,
     * consents, and the status history without the team's notes. Audited as {@code LEAD_DOWNLOADED}.
     */
    @Transactional
    public Optional<byte[]> download(String token) {
        return lead(token).map(lead -> {
            auditLog.record(PATIENT, "LEAD_DOWNLOADED", lead.getReference().value(), null);
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(held(lead));
        });
    }

    private Map<String, Object> held(Lead lead) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reference", lead.getReference().value());
        out.put("study", lead.getNctId());
        out.put("received_at", lead.getCreatedAt().toString());
        out.put("outcome", lead.getOutcome().name());
        out.put("status", lead.getStatus().name());
        LeadContact c = lead.getContact();
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("full_name", c.fullName());
        contact.put("phone", c.phone() == null ? null : c.phone().value());
        contact.put("email", c.email());
        contact.put("wechat_id", c.wechatId());
        contact.put("preferred_language", c.preferredLanguage());
        contact.put("preferred_contact_time", c.preferredContactTime());
        out.put("contact", contact);
        out.put("answers", lead.getAnswersJson() == null ? null : json.readTree(lead.getAnswersJson()));
        out.put("consents", lead.getConsents().stream().map(consent -> Map.of("kind", consent.getKind().name(),
                "notice_version", consent.getNoticeVersion(), "granted_at", consent.getGrantedAt().toString()))
                .toList());
        out.put("consent_future_studies", lead.isConsentFuture());
        out.put("status_history", lead.history().stream().filter(e -> e.getKind() == LeadEvent.Kind.STATUS)
                .map(e -> Map.of("at", e.getOccurredAt().toString(), "status", e.getToStatus().name())).toList());
        out.put("personal_data_erased_at", lead.privacy().erasedAt() == null ? null
                : lead.privacy().erasedAt().toString());
        return out;
    }

    private MyLead view(Lead lead) {
        LeadContact c = lead.getContact();
        List<String> held = new ArrayList<>();
        if (!lead.isErased()) {
            held.addAll(List.of("name", "phone"));
            addIf(held, "email", c.email());
            addIf(held, "wechat", c.wechatId());
            addIf(held, "contactTime", c.preferredContactTime());
            held.add("answers");
            held.add("consents");
            if (lead.history().stream().anyMatch(e -> e.getNote() != null)) {
                held.add("notes");
            }
        }
        String reason = lead.getStatus().closed() ? lead.history().stream()
                .filter(e -> e.getKind() == LeadEvent.Kind.STATUS && e.getToStatus() == lead.getStatus())
                .reduce((a, b) -> b).map(LeadEvent::getReasonCode).orElse(null) : null;
        return new MyLead(lead.getReference().value(), lead.getNctId(), c.preferredLanguage(), lead.getOutcome(),
                lead.getStatus(), reason, lead.getScreeningAt(), lead.getRecheckFrom(), lead.privacy().recheckInvitedAt(),
                lead.recheckInvitationPlanned().isPresent(), List.copyOf(held),
                lead.erasureDue(retention).orElse(null), lead.privacy().erasedAt(),
                lead.getStatus() == LeadStatus.WITHDRAWN, lead.isConsentFuture());
    }

    private static void addIf(List<String> held, String field, String value) {
        if (value != null && !value.isBlank()) {
            held.add(field);
        }
    }

    private Optional<Lead> lead(String token) {
        return leads.findByPrivacyAccessTokenSha256(PersonalLink.sha256(token)).filter(this::open);
    }

    private Lead locked(String token) {
        return leads.lockByAccessToken(PersonalLink.sha256(token)).filter(this::open)
                .orElseThrow(() -> new LeadRefusedException("notFound", null));
    }

    /** A token opens its lead until {@link #EXPIRES_AFTER_ERASURE} after the lead was erased. */
    private boolean open(Lead lead) {
        return !lead.isErased()
                || lead.privacy().erasedAt().isAfter(Instant.now(clock).minus(EXPIRES_AFTER_ERASURE));
    }
}
