package cn.whuh.portal.staff.leads;

import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.prescreen.Outcome;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** Leads for staff tests, saved directly (the test database is shared: phones and references are random). */
final class TestLeads {

    private TestLeads() {
    }

    /** Saves a NEW lead (needs review, no answers) and returns its reference. */
    static String save(LeadRepository leads, String reference, String phone, String fullName) {
        Lead lead = new Lead(reference, "NCT06106906", "test", Outcome.NEEDS_REVIEW, "{}", "{\"criteria\":[]}",
                Instant.now());
        lead.setFullName(fullName);
        lead.setPhone(phone);
        lead.setPreferredLanguage("zh");
        leads.save(lead);
        return reference;
    }

    static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }
}
