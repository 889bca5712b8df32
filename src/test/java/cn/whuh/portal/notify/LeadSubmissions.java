package cn.whuh.portal.notify;

import cn.whuh.portal.lead.Reference;
import cn.whuh.portal.lead.TestLeads;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.lead.LeadSubmitted;
import cn.whuh.portal.lead.LeadSubmitted.FlaggedCriterion;
import cn.whuh.portal.prescreen.CriterionStatus;
import cn.whuh.portal.prescreen.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits leads the way the lead service does: saves a {@link Lead} and publishes {@link LeadSubmitted} in one
 * transaction. The personal data here are distinctive so tests can prove they never reach a site mail.
 */
public final class LeadSubmissions {

    static final String NAME = "Zhang Xiaohong";
    static final String PHONE = "13912345678";
    static final String ANSWER = "hydroxychloroquine_since_2019";
    static final FlaggedCriterion E21 = new FlaggedCriterion("E21", CriterionStatus.REVIEW,
            "Prior B-cell targeted therapy", "既往接受过 B 细胞靶向治疗");

    private final TransactionTemplate transactions;
    private final LeadRepository leads;
    private final ApplicationContext context;

    public LeadSubmissions(ApplicationContext context) {
        this.context = context;
        this.transactions = context.getBean(TransactionTemplate.class);
        this.leads = context.getBean(LeadRepository.class);
    }

    /** A committed submission; returns its reference. */
    public String submit(Outcome outcome, String language, String email) {
        return submit(outcome, language, email, false);
    }

    /** A committed submission from this phone (national Chinese mobile, or E.164); returns its reference. */
    public String submit(Outcome outcome, String language, String email, String phone) {
        return submit(outcome, language, email, phone, false);
    }

    /** A submission whose transaction commits, or rolls back after the event was handled. */
    public String submit(Outcome outcome, String language, String email, boolean rollBack) {
        return submit(outcome, language, email, PHONE, rollBack);
    }

    private String submit(Outcome outcome, String language, String email, String phone, boolean rollBack) {
        String reference = newReference();
        transactions.executeWithoutResult(status -> {
            Lead lead = new Lead(Reference.of(reference), "NCT06106906", "test-1", outcome,
                    "{\"medication\":\"" + ANSWER + "\"}", "{}",
                    TestLeads.contact(NAME, phone, email, language, "weekday evenings"), Instant.now());
            leads.save(lead);
            List<FlaggedCriterion> flagged = outcome == Outcome.NEEDS_REVIEW ? List.of(E21) : List.of();
            context.publishEvent(new LeadSubmitted(reference, "NCT06106906", outcome, lead.getCreatedAt(), flagged,
                    language, "weekday evenings", email, lead.getContact().phone().value(),
                    personalLink(reference)));
            if (rollBack) {
                status.setRollbackOnly();
            }
        });
        return reference;
    }

    public static String newReference() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder reference = new StringBuilder("LP-");
        for (int i = 0; i < 7; i++) {
            reference.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return reference.toString();
    }

    /** The personal link the test leads carry (the real one is made by the lead service), a token of 25 characters. */
    static String personalLink(String reference) {
        return "http://localhost/my/test-token-for-" + reference;
    }
}
