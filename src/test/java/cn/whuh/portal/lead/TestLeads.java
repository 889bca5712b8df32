package cn.whuh.portal.lead;

import cn.whuh.portal.prescreen.Outcome;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Leads for tests, saved directly (the test database is shared: phones and references are random). A lead is
 * brought to a status the way recruiters would, through its own workflow methods ({@link #moveTo}).
 */
public final class TestLeads {

    private TestLeads() {
    }

    /** A NEW lead (needs review, no answers), not saved. */
    public static Lead lead(String reference, String phone, String fullName, Instant receivedAt) {
        return new Lead(Reference.of(reference), "NCT06106906", "test", Outcome.NEEDS_REVIEW, "{}",
                "{\"criteria\":[]}", contact(fullName, phone, null, "zh", null), receivedAt);
    }

    /** Validated contact details as the contact form would give them. */
    public static LeadContact contact(String fullName, String phone, String email, String language, String time) {
        return new LeadContact(new ValidContact(fullName, e164(phone), email, null, language, time));
    }

    /** Saves a NEW lead (needs review, no answers) and returns its reference. */
    public static String save(LeadRepository leads, String reference, String phone, String fullName) {
        return save(leads, reference, phone, fullName, Instant.now(), lead -> { });
    }

    /** Saves a lead received at the given time, adjusted by {@code change} (status, assignment) before saving. */
    public static String save(LeadRepository leads, String reference, String phone, String fullName,
            Instant receivedAt, Consumer<Lead> change) {
        return save(leads, reference, phone, fullName, receivedAt, change, null);
    }

    /** As {@link #save(LeadRepository, String, String, String, Instant, Consumer)}, with an e-mail address. */
    public static String save(LeadRepository leads, String reference, String phone, String fullName,
            Instant receivedAt, Consumer<Lead> change, String email) {
        Lead lead = new Lead(Reference.of(reference), "NCT06106906", "test", Outcome.NEEDS_REVIEW, "{}",
                "{\"criteria\":[]}", contact(fullName, phone, email, "zh", null), receivedAt);
        change.accept(lead);
        leads.save(lead);
        return reference;
    }

    /** Brings a NEW lead to {@code status} through the workflow, as user "test" (closing reason: the first one). */
    public static void moveTo(Lead lead, LeadStatus status) {
        Instant now = Instant.now();
        switch (status) {
            case NEW -> { }
            case CONTACT_ATTEMPTED -> lead.logAttempt("test", AttemptResult.NO_ANSWER, null, now);
            case REACHED -> lead.logAttempt("test", AttemptResult.REACHED, null, now);
            case CONSIDERING -> {
                moveTo(lead, LeadStatus.REACHED);
                lead.changeStatus("test", new StatusChange(LeadStatus.CONSIDERING, null, null, null, null,
                        LocalDateTime.now().plusDays(7)), now);
            }
            case SCREENING_SCHEDULED, SCREENED, ENROLLED -> {
                moveTo(lead, LeadStatus.REACHED);
                lead.changeStatus("test", new StatusChange(LeadStatus.SCREENING_SCHEDULED, null, null,
                        LocalDateTime.now().plusDays(7), null), now);
                if (status != LeadStatus.SCREENING_SCHEDULED) {
                    to(lead, LeadStatus.SCREENED, now);
                }
                if (status == LeadStatus.ENROLLED) {
                    to(lead, LeadStatus.ENROLLED, now);
                }
            }
            default -> lead.changeStatus("test",
                    new StatusChange(status, status.reasons().getFirst(), "closed by a test", null, null), now);
        }
    }

    private static void to(Lead lead, LeadStatus status, Instant now) {
        lead.changeStatus("test", new StatusChange(status, null, null, null, null), now);
    }

    /** A phone as stored: E.164 as given, or a Chinese national number with +86 in front. */
    private static String e164(String phone) {
        return phone.startsWith("+") ? phone : "+86" + phone;
    }

    public static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }
}
