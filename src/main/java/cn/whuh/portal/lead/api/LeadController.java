package cn.whuh.portal.lead.api;

import cn.whuh.portal.base.api.ApiLanguage;
import cn.whuh.portal.base.api.ApiProblem;
import cn.whuh.portal.base.api.FieldProblem;
import cn.whuh.portal.base.api.FieldProblemsException;
import cn.whuh.portal.base.api.ProblemDetails;
import cn.whuh.portal.base.i18n.BilingualMessages;
import cn.whuh.portal.lead.ConsentChoices;
import cn.whuh.portal.lead.ConsentRefusedException;
import cn.whuh.portal.lead.ContactDetails;
import cn.whuh.portal.lead.IdempotencyKeyReusedException;
import cn.whuh.portal.lead.LeadService;
import cn.whuh.portal.lead.LeadService.SubmittedLead;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.lead.LeadStatusLookup;
import cn.whuh.portal.lead.LeadSubmission;
import cn.whuh.portal.lead.VisitorSource;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.study.api.UnknownStudyException;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/studies/{nctId}/leads} of docs/api.md: 201 with the reference and outcome, the same
 * {@code Idempotency-Key} with the same submission again gives the same answer and stores nothing new; 400 per
 * field, 404 for an unknown study, 422 when the consents do not allow storing or the key was used for a
 * different submission; 429 comes from {@link RateLimitFilter}. The lead's source is the request's
 * {@code utm_*} parameters, else {@code api}. {@code GET} on the {@code Location} shows signed-in staff where
 * the lead stands (401 problem for anyone else, checked by {@link LeadStatusLookup}).
 */
@RestController
public class LeadController {

    /** The body of a submission. */
    public record LeadRequest(Map<String, Object> answers, Map<String, Object> contact, Map<String, Object> consent) {
    }

    /** The answer: the code to quote on the phone and the outcome as evaluated. */
    public record LeadCreated(String reference, Outcome outcome) {
    }

    /** What staff see behind the {@code Location}: no contact details, no answers. */
    public record LeadStatusView(String reference, Outcome outcome, LeadStatus status,
            @JsonProperty("received_at") Instant receivedAt, @JsonProperty("recheck_from") LocalDate recheckFrom) {
    }

    private static final Set<String> CONTACT_FIELDS = Set.of("full_name", "phone", "email", "wechat_id",
            "preferred_language", "preferred_contact_time");
    private static final Set<String> CONSENT_FIELDS = Set.of("prescreen", "future");

    private final LeadService leads;
    private final LeadStatusLookup lookup;
    private final ProblemDetails problems;
    private final BilingualMessages texts;

    LeadController(LeadService leads, LeadStatusLookup lookup, ProblemDetails problems, BilingualMessages texts) {
        this.leads = leads;
        this.lookup = lookup;
        this.problems = problems;
        this.texts = texts;
    }

    @PostMapping("/api/studies/{nctId}/leads")
    ResponseEntity<LeadCreated> submit(@PathVariable String nctId, @RequestBody LeadRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest http) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> contact = request.contact() == null ? Map.of() : request.contact();
        Map<String, Object> consent = request.consent() == null ? Map.of() : request.consent();
        unknownFields("contact", contact, CONTACT_FIELDS, problems);
        unknownFields("consent", consent, CONSENT_FIELDS, problems);
        ContactDetails details = new ContactDetails(text("full_name", contact, problems), text("phone", contact, problems),
                text("email", contact, problems), text("wechat_id", contact, problems),
                text("preferred_language", contact, problems), text("preferred_contact_time", contact, problems));
        boolean prescreen = flag("prescreen", consent, problems);
        boolean future = flag("future", consent, problems);
        if (!problems.isEmpty()) {
            throw new FieldProblemsException(problems);
        }
        SubmittedLead lead;
        try {
            lead = leads.submit(new LeadSubmission(nctId, request.answers(), details,
                    new ConsentChoices(prescreen, prescreen, future), ApiLanguage.of(http),
                    VisitorSource.ofApi(http::getParameter), idempotencyKey));
        } catch (NoSuchElementException e) {
            throw new UnknownStudyException(nctId);
        }
        return ResponseEntity.created(URI.create("/api/studies/" + nctId + "/leads/" + lead.reference()))
                .header("Idempotent-Replayed", Boolean.toString(lead.replayed()))
                .body(new LeadCreated(lead.reference(), lead.outcome()));
    }

    @GetMapping("/api/studies/{nctId}/leads/{reference}")
    LeadStatusView status(@PathVariable String nctId, @PathVariable String reference) {
        return lookup.find(nctId, reference)
                .map(lead -> new LeadStatusView(lead.reference(), lead.outcome(), lead.status(), lead.receivedAt(),
                        lead.recheckFrom()))
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "lead.api.unknownLead"));
    }

    private void unknownFields(String group, Map<String, Object> values, Set<String> known, List<FieldProblem> problems) {
        values.keySet().stream().filter(key -> !known.contains(key)).sorted()
                .forEach(key -> problems.add(problem(group + "." + key, "lead.error.unknownField")));
    }

    private String text(String field, Map<String, Object> contact, List<FieldProblem> problems) {
        Object value = contact.get(field);
        if (value == null || value instanceof String) {
            return (String) value; // a JSON number is not a name or a phone number: refused, not turned into text
        }
        problems.add(problem("contact." + field, "lead.error.notText"));
        return null;
    }

    private boolean flag(String field, Map<String, Object> consent, List<FieldProblem> problems) {
        Object value = consent.get(field);
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        problems.add(problem("consent." + field, "lead.error.notBoolean"));
        return false;
    }

    private FieldProblem problem(String field, String key) {
        return new FieldProblem(field, texts.text(key));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> consentRefused(ConsentRefusedException e, HttpServletRequest http) {
        return problems.respond(http, new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, e.problems(),
                "lead.api.consentRefused"), e);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException e, HttpServletRequest http) {
        List<FieldProblem> key = List.of(new FieldProblem("Idempotency-Key", texts.text("lead.error.idempotencyKey.reused")));
        return problems.respond(http, new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, key,
                "lead.api.idempotencyKeyReused"), e);
    }

    /** Not signed in as staff: 401 (403 for someone signed in without a staff role), never a sign-in redirect. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> notStaff(AccessDeniedException e, HttpServletRequest http) {
        boolean signedIn = new AuthenticationTrustResolverImpl()
                .isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
        ApiProblem problem = signedIn ? new ApiProblem(HttpStatus.FORBIDDEN, "lead.api.staffOnly")
                : new ApiProblem(HttpStatus.UNAUTHORIZED, "lead.api.signInRequired");
        return problems.respond(http, problem, e);
    }
}
