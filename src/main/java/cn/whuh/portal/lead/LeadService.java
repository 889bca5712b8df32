package cn.whuh.portal.lead;

import cn.whuh.portal.base.api.FieldProblem;
import cn.whuh.portal.base.api.FieldProblemsException;
import cn.whuh.portal.base.config.PortalProperties;
import cn.whuh.portal.base.i18n.BilingualMessages;
import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.prescreen.CriterionResult;
import cn.whuh.portal.prescreen.CriterionStatus;
import cn.whuh.portal.prescreen.Evaluation;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.prescreen.PrescreenEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a completed pre-screen into a lead: evaluates the answers with the engine, validates the contact
 * details and consents, and stores the lead with one record per consent in one transaction, publishing
 * {@link LeadSubmitted} inside it. A request that fails stores nothing. Logs carry no personal data.
 */
@Service
public class LeadService {

    /**
     * The result of a submission: {@code replayed} when the idempotency key had been seen before;
     * {@code alreadySent} when nothing was stored because the same person had sent their details before
     * (see {@link #submitOnce}) and {@code reference} is that earlier lead's; {@code personalLink} only for a newly
     * stored lead (its token is not kept, so it cannot be shown again).
     */
    public record SubmittedLead(String reference, Outcome outcome, boolean replayed, boolean alreadySent,
            String personalLink) {

        SubmittedLead(String reference, Outcome outcome, boolean replayed, boolean alreadySent) {
            this(reference, outcome, replayed, alreadySent, null);
        }
    }

    /** How long the same phone, name and answers for the same study count as the same submission. */
    public static final Duration RESEND_WINDOW = Duration.ofHours(24);

    public static final int MAX_IDEMPOTENCY_KEY = 64;
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_IDEMPOTENCY_KEY + "}");
    private static final int REFERENCE_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(LeadService.class);

    private final PrescreenEngine engine;
    private final ContactValidator contactValidator;
    private final PrivacyNotices notices;
    private final LeadRepository leads;
    private final LeadJson json;
    private final BilingualMessages texts;
    private final FunnelCounter funnel;
    private final SubmissionFingerprint fingerprints;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PortalProperties portal;

    LeadService(PrescreenEngine engine, ContactValidator contactValidator, PrivacyNotices notices,
            LeadRepository leads, LeadJson json, BilingualMessages texts, FunnelCounter funnel,
            SubmissionFingerprint fingerprints, ApplicationEventPublisher events, TransactionTemplate transaction,
            Clock clock, PortalProperties portal) {
        this.portal = portal;
        this.engine = engine;
        this.contactValidator = contactValidator;
        this.notices = notices;
        this.leads = leads;
        this.json = json;
        this.texts = texts;
        this.funnel = funnel;
        this.fingerprints = fingerprints;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Stores a lead, or returns the one stored before under the same idempotency key for the same submission.
     *
     * @throws FieldProblemsException with one entry per invalid answer or contact field (nothing stored)
     * @throws ConsentRefusedException when the consents do not allow storing this outcome (nothing stored)
     * @throws IdempotencyKeyReusedException when the key was used before for a different submission
     * @throws java.util.NoSuchElementException for an unknown study
     */
    public SubmittedLead submit(LeadSubmission submission) {
        return submit(submission, null);
    }

    /**
     * As {@link #submit}, for the patient's contact form: stores nothing, and returns the earlier lead as
     * {@code alreadySent}, when a lead of {@code sentInSession} (the references this browser session sent) is
     * for the same study and phone, or a lead of the same study with the same phone, name and answers was
     * stored within {@link #RESEND_WINDOW}. The API does not use this: there a new idempotency key is a new lead.
     */
    public SubmittedLead submitOnce(LeadSubmission submission, Collection<String> sentInSession) {
        return submit(submission, sentInSession == null ? List.of() : sentInSession);
    }

    /** @param sentInSession null to store a new lead whoever sent one before (the API) */
    private SubmittedLead submit(LeadSubmission submission, Collection<String> sentInSession) {
        String key = submission.idempotencyKey();
        String fingerprint = fingerprints.of(submission);
        Optional<SubmittedLead> earlier = replay(key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        PrivacyNotice notice = notices.forStudy(submission.nctId());
        List<FieldProblem> problems = new ArrayList<>();
        Evaluation evaluation = null;
        try {
            evaluation = engine.evaluate(submission.nctId(),
                    submission.answers() == null ? Map.of() : submission.answers());
        } catch (FieldProblemsException e) {
            problems.addAll(e.problems());
        }
        ValidContact contact = contactValidator.validate(submission.contact(), submission.locale(), problems);
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            problems.add(new FieldProblem("Idempotency-Key", texts.text("lead.error.idempotencyKey.invalid")));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblemsException(problems);
        }
        checkConsents(evaluation.outcome(), submission.consents());
        if (sentInSession != null) {
            Optional<SubmittedLead> sent = sentBefore(submission.nctId(), contact, evaluation, sentInSession);
            if (sent.isPresent()) {
                log.info("Lead {} was sent before; nothing stored", sent.get().reference());
                return sent.get();
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Evaluation evaluated = evaluation;
                return transaction.execute(status -> store(submission, fingerprint, evaluated, contact, notice));
            } catch (DataIntegrityViolationException e) {
                earlier = replay(key, fingerprint);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                if (attempt == REFERENCE_ATTEMPTS) {
                    throw e;
                }
                log.warn("Reference code collision, trying another one (attempt {})", attempt);
            }
        }
    }

    /** The lead stored before under the key, if the submission is the same (a lead without fingerprint matches). */
    private Optional<SubmittedLead> replay(String key, String fingerprint) {
        if (key == null) {
            return Optional.empty();
        }
        return leads.findByIdempotencyKey(key).map(lead -> {
            if (lead.getIdempotencyFingerprint() != null && !lead.getIdempotencyFingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            return new SubmittedLead(lead.getReference().value(), lead.getOutcome(), true, false);
        });
    }

    /**
     * The lead this person already sent for the study: one sent in this session with the same phone, else the
     * latest one of the last {@link #RESEND_WINDOW} with the same phone, name and answers.
     */
    private Optional<SubmittedLead> sentBefore(String nctId, ValidContact contact, Evaluation evaluation,
            Collection<String> sentInSession) {
        List<Lead> samePhone = leads.findByNctIdAndContactPhoneAndCreatedAtAfterOrderByCreatedAtDesc(nctId,
                contact.phoneE164(), Instant.now(clock).minus(RESEND_WINDOW));
        Optional<Lead> inSession = sentInSession.stream().map(leads::findByReference).flatMap(Optional::stream)
                .filter(lead -> lead.getNctId().equals(nctId) && !lead.isErased()
                        && lead.getContact().phone().value().equals(contact.phoneE164()))
                .findFirst();
        return inSession.or(() -> samePhone.stream()
                        .filter(lead -> lead.getContact().fullName().equals(contact.fullName())
                                && json.sameAnswers(lead, evaluation))
                        .findFirst())
                .map(lead -> new SubmittedLead(lead.getReference().value(), lead.getOutcome(), false, true));
    }

    private void checkConsents(Outcome outcome, ConsentChoices consents) {
        ConsentChoices given = consents == null ? new ConsentChoices(false, false, false) : consents;
        List<FieldProblem> missing = new ArrayList<>();
        if (!given.processing()) {
            missing.add(new FieldProblem("consent.prescreen", texts.text("lead.error.consent.processing")));
        }
        if (outcome.qualified() && !given.shareWithSite()) {
            missing.add(new FieldProblem("consent.share", texts.text("lead.error.consent.share")));
        }
        if (!outcome.qualified() && !given.future()) {
            missing.add(new FieldProblem("consent.future", texts.text("lead.error.consent.future")));
        }
        if (!missing.isEmpty()) {
            throw new ConsentRefusedException(missing);
        }
    }

    private SubmittedLead store(LeadSubmission submission, String fingerprint, Evaluation evaluation,
            ValidContact contact, PrivacyNotice notice) {
        Instant now = Instant.now(clock);
        Reference reference = newReference();
        Lead lead = new Lead(reference, submission.nctId(), evaluation.questionnaireVersion(), evaluation.outcome(),
                json.answers(evaluation), json.evaluation(evaluation), new LeadContact(contact), now);
        VisitorSource source = submission.source() == null ? VisitorSource.NONE : submission.source();
        lead.comesFrom(source);
        lead.submittedWith(submission.idempotencyKey(), fingerprint);
        String token = PersonalLink.newToken();
        lead.privacy().personalLink(PersonalLink.sha256(token));
        String link = PersonalLink.url(portal.baseUrl(), token);
        lead.mayQualifyFrom(evaluation.criteria().stream().map(CriterionResult::recheckFrom).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null));
        ConsentChoices consents = submission.consents();

        String language = Languages.code(submission.locale());
        String sha256 = notice.sha256(submission.locale());
        lead.addConsent(ConsentKind.PRESCREEN_PROCESSING, notice.version(), language, sha256, now);
        if (consents.shareWithSite()) {
            lead.addConsent(ConsentKind.SHARE_WITH_SITE, notice.version(), language, sha256, now);
        }
        if (consents.future()) {
            lead.addConsent(ConsentKind.FUTURE_STUDIES, notice.version(), language, sha256, now);
        }
        leads.saveAndFlush(lead);
        funnel.leadSubmitted(submission.nctId(), evaluation.outcome(), source);
        events.publishEvent(new LeadSubmitted(reference.value(), submission.nctId(), evaluation.outcome(), now,
                flagged(evaluation.criteria()), contact.preferredLanguage(), contact.preferredContactTime(),
                contact.email(), contact.phoneE164(), link));
        log.info("Lead {} stored for {} with outcome {}", reference, submission.nctId(), evaluation.outcome());
        return new SubmittedLead(reference.value(), evaluation.outcome(), false, false, link);
    }

    private Reference newReference() {
        Reference reference = Reference.next();
        while (leads.existsByReference(reference.value())) {
            reference = Reference.next();
        }
        return reference;
    }

    private static List<LeadSubmitted.FlaggedCriterion> flagged(List<CriterionResult> criteria) {
        return criteria.stream()
                .filter(c -> c.status() == CriterionStatus.FAIL || c.status() == CriterionStatus.REVIEW)
                .map(c -> new LeadSubmitted.FlaggedCriterion(c.id(), c.status(), c.title().en(), c.title().zh()))
                .toList();
    }
}
