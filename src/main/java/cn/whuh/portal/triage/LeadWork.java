package cn.whuh.portal.triage;

import cn.whuh.portal.base.Refusal;
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
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on one lead: reading it (audited), revealing the contact details (audited), contact attempts,
 * validated status changes, notes, callbacks and assignment, each made by the lead itself ({@link Lead}) and
 * recorded as a {@link LeadEvent} on its timeline and an audit record. A RECRUITER works on leads that are
 * unassigned or theirs ({@link Lead#workableBy}); the first change on an unassigned lead makes it theirs.
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

    /**
     * Recorded as CONTACT_REVEALED: the page shows phone, e-mail and WeChat only after this. A recruiter who
     * reveals an unassigned lead's phone is about to call: the lead becomes theirs.
     */
    @Transactional
    public void revealContact(String reference) {
        Lead lead = find(reference);
        if (lead.getAssignedTo() == null && !CurrentStaff.has(StaffRole.INVESTIGATOR)) {
            lead.assign(CurrentStaff.username(), CurrentStaff.username(), Instant.now(clock));
            auditLog.record(CurrentStaff.username(), "LEAD_ASSIGNED", lead.getReference().value(),
                    "to=" + CurrentStaff.username());
        }
        auditLog.record(CurrentStaff.username(), "CONTACT_REVEALED", lead.getReference().value(), null);
    }

    /**
     * Refuses, naming who changed what, when the lead is no longer at the version a page showed: someone else
     * changed it meanwhile, and the page must show it again before acting on it.
     */
    @Transactional(readOnly = true)
    public void ensureUnchanged(String reference, long seenVersion) {
        Lead lead = find(reference);
        if (lead.getVersion() != seenVersion) {
            LeadEvent last = lead.history().isEmpty() ? null : lead.history().getLast();
            throw new StaffException("staff.lead.error.changed", last == null ? "—" : last.getActor(),
                    new Refusal.Key("staff.lead.changed." + (last == null ? "OTHER" : last.getKind().name())));
        }
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

    /**
     * Closes the given leads as duplicates of {@code kept}, in one go with one note: each becomes DUPLICATE
     * (reason SAME_PERSON) naming the kept lead, and each closing is audited. All or none: a lead that cannot be
     * closed refuses the whole action.
     */
    @Transactional
    public void closeDuplicates(String kept, List<String> duplicates, String note) {
        Lead keep = find(kept);
        Instant now = Instant.now(clock);
        for (String reference : duplicates) {
            Lead duplicate = find(reference);
            LeadStatus from = duplicate.getStatus();
            duplicate.closeAsDuplicateOf(CurrentStaff.username(), keep.getReference(), note, now);
            auditLog.record(CurrentStaff.username(), "LEAD_STATUS_CHANGED", duplicate.getReference().value(),
                    "status=" + from + "->DUPLICATE reason=SAME_PERSON of=" + keep.getReference().value());
        }
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

    /**
     * Plans a callback (site time, in the future; what to do; who calls, by default the one planning it). A
     * RECRUITER plans callbacks for themselves only.
     */
    @Transactional
    public void scheduleCallback(String reference, LocalDateTime when, String purpose, String caller) {
        Lead lead = find(reference);
        String who = caller == null || caller.isBlank() ? CurrentStaff.username() : caller;
        if (!CurrentStaff.has(StaffRole.INVESTIGATOR) && !who.equals(CurrentStaff.username())) {
            throw new StaffException("staff.lead.error.assign");
        }
        lead.scheduleCallback(CurrentStaff.username(), when, purpose, who, Instant.now(clock));
        auditLog.record(CurrentStaff.username(), "LEAD_CALLBACK", lead.getReference().value(),
                "at=" + lead.getCallback().map(c -> c.at().toString()).orElse("-") + " by=" + who);
    }

    /** The callback was made or is not needed any more. */
    @Transactional
    public void clearCallback(String reference) {
        Lead lead = find(reference);
        lead.clearCallback(CurrentStaff.username(), Instant.now(clock));
        auditLog.record(CurrentStaff.username(), "LEAD_CALLBACK", lead.getReference().value(), "cleared");
    }

    private Lead find(String reference) {
        Lead lead = leads.findByReference(Reference.of(reference).value())
                .orElseThrow(() -> new StaffException("staff.lead.error.notFound"));
        if (!lead.workableBy(CurrentStaff.username(), CurrentStaff.has(StaffRole.INVESTIGATOR))) {
            throw new StaffException("staff.lead.error.notYours", lead.getAssignedTo());
        }
        return lead;
    }

    private List<LeadCase.Duplicate> duplicates(Lead lead) {
        if (lead.isErased()) {
            return List.of();
        }
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
