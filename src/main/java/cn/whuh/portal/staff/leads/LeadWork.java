package cn.whuh.portal.staff.leads;

import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffException;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.leads.LeadEvent.Kind;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on one lead: reading it (audited), revealing the contact details (audited), contact attempts,
 * validated status changes, notes and assignment. Each change is a {@link LeadEvent} on the lead's timeline and
 * an audit record. A RECRUITER works on leads that are unassigned or assigned to them.
 */
@Service
@PreAuthorize("hasRole('RECRUITER')")
public class LeadWork {

    public static final int MAX_NOTE = 2000;
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    /**
     * A status change asked for on the lead page.
     *
     * @param to the new status
     * @param reasonCode required for a closed status, one of {@link Workflow#reasons}
     * @param note required for a closed status, optional otherwise
     * @param screeningAt required for SCREENING_SCHEDULED: date and time in the site's time zone
     * @param recontactDate optional: when to contact the person again (people who may qualify later)
     */
    public record StatusChange(LeadStatus to, String reasonCode, String note, LocalDateTime screeningAt,
            LocalDate recontactDate) {
    }

    private final LeadRepository leads;
    private final LeadEventRepository events;
    private final AuditLog auditLog;
    private final EntityManager em;
    private final Clock clock;

    LeadWork(LeadRepository leads, LeadEventRepository events, AuditLog auditLog, EntityManager em, Clock clock) {
        this.leads = leads;
        this.events = events;
        this.auditLog = auditLog;
        this.em = em;
        this.clock = clock;
    }

    /** Everything about the lead for its page; recorded as LEAD_VIEWED. */
    @Transactional
    public LeadCase open(String reference) {
        LeadCase found = reload(reference);
        auditLog.record(CurrentStaff.username(), "LEAD_VIEWED", found.lead().getReference(), null);
        return found;
    }

    /** The lead again after a change made on its page (the change itself is audited, not a second view). */
    @Transactional(readOnly = true)
    public LeadCase reload(String reference) {
        Lead lead = find(reference);
        lead.getConsents();
        List<LeadEvent> history = events.findByLeadOrderByOccurredAtAscIdAsc(lead);
        return new LeadCase(lead, history, auditLog.forLead(lead.getReference()), duplicates(lead), unansweredInARow(history),
                suggestedRecontact(lead.getEvaluationJson()));
    }

    /** Recorded as CONTACT_REVEALED: the page shows phone, e-mail and WeChat only after this. */
    @Transactional
    public void revealContact(String reference) {
        find(reference);
        auditLog.record(CurrentStaff.username(), "CONTACT_REVEALED", reference, null);
    }

    /**
     * Logs one contact attempt. The first moves a NEW lead to CONTACT_ATTEMPTED (or REACHED), a reached
     * person moves a CONTACT_ATTEMPTED lead to REACHED.
     */
    @Transactional
    public void logAttempt(String reference, AttemptResult result, String note) {
        Lead lead = find(reference);
        LeadStatus from = lead.getStatus();
        if (!Workflow.allowed(from, LeadStatus.REACHED) && from != LeadStatus.REACHED
                && from != LeadStatus.SCREENING_SCHEDULED && from != LeadStatus.SCREENED) {
            throw new StaffException("staff.lead.error.attemptClosed");
        }
        Instant now = Instant.now(clock);
        events.save(new LeadEvent(lead, now, CurrentStaff.username(), Kind.ATTEMPT).attempt(result)
                .note(cleanNote(note, false)));
        lead.setLastContactAt(now);
        if (lead.getFirstContactAt() == null) {
            lead.setFirstContactAt(now);
        }
        LeadStatus to = from;
        if (result == AttemptResult.REACHED && (from == LeadStatus.NEW || from == LeadStatus.CONTACT_ATTEMPTED
                || from == LeadStatus.UNREACHABLE)) {
            to = LeadStatus.REACHED;
        } else if (result.unanswered() && from == LeadStatus.NEW) {
            to = LeadStatus.CONTACT_ATTEMPTED;
        }
        if (to != from) {
            lead.setStatus(to);
            events.save(new LeadEvent(lead, now, CurrentStaff.username(), Kind.STATUS).status(from, to, null, null));
        }
        auditLog.record(CurrentStaff.username(), "LEAD_ATTEMPT", reference,
                "result=" + result + (to != from ? " status=" + from + "->" + to : ""));
    }

    /** Moves the lead along the workflow; refuses transitions the workflow does not allow. */
    @Transactional
    public void changeStatus(String reference, StatusChange change) {
        Lead lead = find(reference);
        LeadStatus from = lead.getStatus();
        if (change.to() == null || !Workflow.allowed(from, change.to())) {
            throw new StaffException("staff.lead.error.transition");
        }
        String note = cleanNote(change.note(), change.to().closed());
        if (change.to().closed() && (change.reasonCode() == null
                || !Workflow.reasons(change.to()).contains(change.reasonCode()))) {
            throw new StaffException("staff.lead.error.reason");
        }
        Instant now = Instant.now(clock);
        Instant screeningAt = null;
        if (change.to() == LeadStatus.SCREENING_SCHEDULED) {
            screeningAt = change.screeningAt() == null ? null
                    : change.screeningAt().atZone(ClockConfig.SITE_ZONE).toInstant();
            if (screeningAt == null || screeningAt.isBefore(now)) {
                throw new StaffException("staff.lead.error.screeningAt");
            }
            lead.setScreeningAt(screeningAt);
            lead.setNextActionDate(change.screeningAt().toLocalDate());
        }
        if (change.recontactDate() != null) {
            if (!change.recontactDate().isAfter(LocalDate.now(clock))) {
                throw new StaffException("staff.lead.error.recontact");
            }
            lead.setRecontactDate(change.recontactDate());
        }
        lead.setStatus(change.to());
        events.save(new LeadEvent(lead, now, CurrentStaff.username(), Kind.STATUS)
                .status(from, change.to(), change.to().closed() ? change.reasonCode() : null, screeningAt).note(note));
        auditLog.record(CurrentStaff.username(), "LEAD_STATUS_CHANGED", reference, "status=" + from + "->"
                + change.to() + (change.to().closed() ? " reason=" + change.reasonCode() : ""));
    }

    /** Appends a note; notes are never edited or removed. */
    @Transactional
    public void addNote(String reference, String text) {
        Lead lead = find(reference);
        events.save(new LeadEvent(lead, Instant.now(clock), CurrentStaff.username(), Kind.NOTE)
                .note(cleanNote(text, true)));
        auditLog.record(CurrentStaff.username(), "LEAD_NOTE_ADDED", reference, null);
    }

    /** Assigns the lead (null: unassigned). A RECRUITER may only take a lead or give it back. */
    @Transactional
    public void assign(String reference, String username) {
        Lead lead = find(reference);
        String to = username == null || username.isBlank() ? null : username;
        if (!CurrentStaff.has(StaffRole.INVESTIGATOR) && to != null && !to.equals(CurrentStaff.username())) {
            throw new StaffException("staff.lead.error.assign");
        }
        lead.setAssignedTo(to);
        events.save(new LeadEvent(lead, Instant.now(clock), CurrentStaff.username(), Kind.ASSIGNMENT).assignee(to));
        auditLog.record(CurrentStaff.username(), "LEAD_ASSIGNED", reference, "to=" + (to == null ? "-" : to));
    }

    /** Sets the date the lead should next be acted on (drives "overdue"). */
    @Transactional
    public void setNextAction(String reference, LocalDate date) {
        Lead lead = find(reference);
        lead.setNextActionDate(date);
        auditLog.record(CurrentStaff.username(), "LEAD_NEXT_ACTION", reference, "date=" + date);
    }

    private Lead find(String reference) {
        Lead lead = leads.findByReference(reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new StaffException("staff.lead.error.notFound"));
        if (!CurrentStaff.has(StaffRole.INVESTIGATOR) && lead.getAssignedTo() != null
                && !lead.getAssignedTo().equals(CurrentStaff.username())) {
            throw new StaffException("staff.lead.error.notYours");
        }
        return lead;
    }

    private static String cleanNote(String note, boolean required) {
        String text = note == null ? "" : note.strip();
        if (required && text.isEmpty()) {
            throw new StaffException("staff.lead.error.noteRequired");
        }
        if (text.length() > MAX_NOTE) {
            throw new StaffException("staff.lead.error.noteLong");
        }
        return text.isEmpty() ? null : text;
    }

    private static int unansweredInARow(List<LeadEvent> history) {
        int count = 0;
        for (LeadEvent event : history) {
            if (event.getKind() == Kind.ATTEMPT) {
                count = event.getAttemptResult().unanswered() ? count + 1 : 0;
            }
        }
        return count;
    }

    private List<LeadCase.Duplicate> duplicates(Lead lead) {
        Set<String> phones = new LinkedHashSet<>();
        String digits = lead.getPhone().replaceAll("[^0-9]", "");
        String national = digits.startsWith("86") && digits.length() == 13 ? digits.substring(2) : digits;
        phones.addAll(List.of(lead.getPhone(), digits, national, "+86" + national, "+" + digits));
        // The column's collation (utf8mb4_unicode_ci) ignores case, so a plain comparison finds Li@x and li@x and,
        // unlike lower(email), lets MariaDB merge idx_lead_phone and idx_lead_email instead of scanning all leads.
        String email = lead.getEmail() == null ? "" : lead.getEmail().strip();
        return em.createQuery("""
                        select l.reference, l.status from Lead l
                        where l.id <> :id and (l.phone in :phones or (:email <> '' and l.email = :email))
                        order by l.createdAt""", Object[].class)
                .setParameter("id", lead.getId()).setParameter("phones", phones).setParameter("email", email)
                .setMaxResults(20)
                .getResultStream()
                .map(row -> new LeadCase.Duplicate((String) row[0], row[1].toString()))
                .toList();
    }

    /** The latest ISO date the evaluation's reasons name (e.g. "met from 2027-03-01"), if it is in the future. */
    private LocalDate suggestedRecontact(String evaluationJson) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = ISO_DATE.matcher(evaluationJson == null ? "" : evaluationJson);
        while (m.find()) {
            try {
                dates.add(LocalDate.parse(m.group(1)));
            } catch (DateTimeParseException e) {
                // not a date after all
            }
        }
        LocalDate today = LocalDate.now(clock);
        return dates.stream().filter(today::isBefore).max(LocalDate::compareTo).orElse(null);
    }
}
