package cn.whuh.portal.lead.ui;

import cn.whuh.portal.lead.LeadService.SubmittedLead;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The details this browser session sent, kept on the server for the session: so that a reload or a language
 * switch of the result page shows the confirmation again (for the same study and answers), and so that a second
 * send of the same phone says "already sent" (the references go to {@code LeadService#submitOnce}). Holds only
 * references and the answers that were sent, never contact details.
 */
@SpringComponent
@VaadinSessionScope
class SentLeads {

    /** A confirmation shown: the lead, whether it was the future-studies form, and the answers it was for. */
    record Sent(SubmittedLead lead, boolean futureOnly, Map<String, Object> answers) {
    }

    private final Map<String, Sent> lastByStudy = new HashMap<>();
    private final List<String> references = new ArrayList<>();

    synchronized void sent(String nctId, SubmittedLead lead, boolean futureOnly, Map<String, Object> answers) {
        lastByStudy.put(nctId, new Sent(lead, futureOnly, Map.copyOf(answers)));
        if (!references.contains(lead.reference())) {
            references.add(lead.reference());
        }
    }

    /** The confirmation to show again for the study, if the answers are the ones that were sent. */
    synchronized Optional<Sent> confirmation(String nctId, Map<String, Object> answers) {
        return Optional.ofNullable(lastByStudy.get(nctId)).filter(sent -> sent.answers().equals(answers));
    }

    /** Every reference this session received (or was told it had already sent). */
    synchronized List<String> references() {
        return List.copyOf(references);
    }
}
