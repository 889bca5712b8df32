package cn.whuh.portal.triage;

import cn.whuh.portal.lead.StatusChange;
import cn.whuh.portal.lead.Reference;
import cn.whuh.portal.lead.AttemptResult;
import cn.whuh.portal.lead.LeadEvent;
import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffException;
import cn.whuh.portal.staff.StaffRole;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    private final LeadRepository leads;
    private final AuditLog auditLog;
    private final EntityManager em;
    private final Clock clock;

    LeadWork(LeadRepository leads, AuditLog auditLog, EntityManager em, Clock clock) {
        this.leads = leads;
        this.auditLog = auditLog;
        this.em = em;
        this.clock = clock;
    }

    /** Everything about the lead for its page; recorded as LEAD_VIEWED. */
    @Transactional
    public LeadCase open(String reference) {
        LeadCase found = reload(reference);
        auditLog.record(CurrentStaff.username(), "LEAD_VIEWED", found.lead().getReference().value(), null);
        return found;
    }

    /** The lead again after a change made on its page (the change itself is audited, not a second view). */
    @Transactional(readOnly = true)
    public LeadCase reload(String reference) {
        Lead lead = find(reference);
        lead.getConsents();
        lead.history();
        return new LeadCase(lead, auditLog.forLead(lead.getReference().value()), duplicates(lead),
                suggestedRecontact(lead));
    }

    /** Recorded as CONTACT_REVEALED: the page shows phone, e-mail and WeChat only after this. */
    @Transactional
    public void revealContact(String reference) {
        Lead lead = find(reference);
        auditLog.record(CurrentStaff.username(), "CONTACT_REVEALED", lead.getReference().value(), null);
    }

    /**
     * Logs one contact attempt. The first moves a NEW lead to CONTACT_ATTEMPTED (or REACHED), a reached
     * person moves a CONTACT_ATTEMPTED lead to REACHED.
     */
    @Transactional
    public void logAttempt(String reference, AttemptResult result, String note) {
        Lead lead = find(reference);
        LeadStatus from = lead.getStatus();
        lead.logAttempt(CurrentStaff.username(), result, note, Instant.now(clock));
        LeadStatus to = lead.getStatus();
        auditLog.record(CurrentStaff.username(), "LEAD_ATTEMPT", lead.getReference().value(),
                "result=" + result + (to != from ? " status=" + from + "->" + to : ""));
    }

    /** Moves the lead along the workflow; the lead refuses what its state machine does not allow. */
    @Transactional
    public void changeStatus(String reference, StatusChange change) {
        Lead lead = find(reference);
        LeadStatus from = lead.getStatus();
        lead.changeStatus(CurrentStaff.username(), change, Instant.now(clock));
        auditLog.record(CurrentStaff.username(), "LEAD_STATUS_CHANGED", lead.getReference().value(), "status=" + from
                + "->" + change.to() + (change.to().closed() ? " reason=" + change.reasonCode() : ""));
    }

    /** Appends a note; notes are never edited or removed. */
    @Transactional
    public void addNote(String reference, String text) {
        Lead lead = find(reference);
        lead.addNote(CurrentStaff.username(), text, Instant.now(clock));
        auditLog.record(CurrentStaff.username(), "LEAD_NOTE_ADDED", lead.getReference().value(), null);
    }

    /** Assigns the lead (null: unassigned). A RECRUITER may only take a lead or give it back. */
    @Transactional
    public void assign(String reference, String username) {
        Lead lead = find(reference);
        String to = username == null || username.isBlank() ? null : username;
        if (!CurrentStaff.has(StaffRole.INVESTIGATOR) && to != null && !to.equals(CurrentStaff.username())) {
            throw new StaffException("staff.lead.error.assign");
        }
        lead.assign(CurrentStaff.username(), to, Instant.now(clock));
        auditLog.record(CurrentStaff.username(), "LEAD_ASSIGNED", lead.getReference().value(),
                "to=" + (to == null ? "-" : to));
    }

    /** Sets the date the lead should next be acted on (drives "overdue"). */
    @Transactional
    public void setNextAction(String reference, LocalDate date) {
        Lead lead = find(reference);
        lead.planNextAction(date);
        auditLog.record(CurrentStaff.username(), "LEAD_NEXT_ACTION", lead.getReference().value(), "date=" + date);
    }

    private Lead find(String reference) {
        Lead lead = leads.findByReference(Reference.of(reference).value())
                .orElseThrow(() -> new StaffException("staff.lead.error.notFound"));
        if (!CurrentStaff.has(StaffRole.INVESTIGATOR) && lead.getAssignedTo() != null
                && !lead.getAssignedTo().equals(CurrentStaff.username())) {
            throw new StaffException("staff.lead.error.notYours");
        }
        return lead;
    }

    private List<LeadCase.Duplicate> duplicates(Lead lead) {
        Set<String> phones = new LinkedHashSet<>();
        String e164 = lead.getContact().phone().value();
        String digits = e164.replaceAll("[^0-9]", "");
        String national = digits.startsWith("86") && digits.length() == 13 ? digits.substring(2) : digits;
        phones.addAll(List.of(e164, digits, national, "+86" + national, "+" + digits));
        // The column's collation (utf8mb4_unicode_ci) ignores case, so a plain comparison finds Li@x and li@x and,
        // unlike lower(email), lets MariaDB merge idx_lead_phone and idx_lead_email instead of scanning all leads.
        String email = lead.getContact().email() == null ? "" : lead.getContact().email().strip();
        return em.createQuery("""
                        select l.reference, l.status from Lead l
                        where l.id <> :id and (l.contact.phone in :phones or (:email <> '' and l.contact.email = :email))
                        order by l.createdAt""", Object[].class)
                .setParameter("id", lead.getId()).setParameter("phones", phones).setParameter("email", email)
                .setMaxResults(20)
                .getResultStream()
                .map(row -> new LeadCase.Duplicate((String) row[0], row[1].toString()))
                .toList();
    }

    /** When to contact the person again: the date from which the pre-screen said they may qualify, if still ahead. */
    private LocalDate suggestedRecontact(Lead lead) {
        return lead.recheckFrom(LocalDate.now(clock)).orElse(null);
    }
}
