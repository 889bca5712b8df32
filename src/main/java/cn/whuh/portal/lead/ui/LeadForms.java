package cn.whuh.portal.lead.ui;

import cn.whuh.portal.base.ui.DeviceStorage;
import cn.whuh.portal.lead.LeadService;
import cn.whuh.portal.lead.PrivacyNotices;
import cn.whuh.portal.lead.RateLimits;
import cn.whuh.portal.prescreen.Evaluation;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.prescreen.ui.ResultNextStep;
import cn.whuh.portal.study.Study;
import cn.whuh.portal.study.StudyCatalog;
import com.vaadin.flow.component.Component;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the result page shows after the result (its {@code result-next-step} place): for a qualified
 * outcome the contact and consent form, for {@code NOT_ELIGIBLE} the offer to be contacted about future
 * studies (which opens the same form); once this session sent details for these answers, the confirmation
 * with the reference code again (after a reload or a language switch).
 */
@Service
public class LeadForms implements ResultNextStep {

    private final LeadService leads;
    private final PrivacyNotices notices;
    private final RateLimits rateLimits;
    private final ObjectProvider<SentLeads> sent;
    private final DeviceStorage device;
    private final StudyCatalog studies;

    LeadForms(LeadService leads, PrivacyNotices notices, RateLimits rateLimits, ObjectProvider<SentLeads> sent,
            DeviceStorage device, StudyCatalog studies) {
        this.leads = leads;
        this.notices = notices;
        this.rateLimits = rateLimits;
        this.sent = sent;
        this.device = device;
        this.studies = studies;
    }

    /** The result page's next step: the answers that counted are sent again (and evaluated again) on submit. */
    @Override
    public Optional<Component> create(Evaluation evaluation) {
        return Optional.of(forResult(evaluation.nctId(), evaluation.answers(), evaluation.outcome()));
    }

    /**
     * @param nctId the study
     * @param answers the answers that were evaluated (they are evaluated again on submission)
     * @param outcome the outcome shown
     */
    public Component forResult(String nctId, Map<String, Object> answers, Outcome outcome) {
        Optional<SentLeads.Sent> confirmation = sent.getObject().confirmation(nctId, answers);
        if (confirmation.isPresent()) {
            SentLeads.Sent shown = confirmation.get();
            return new LeadReceived(study(nctId), shown.lead().reference(), shown.futureOnly(), shown.lead().alreadySent());
        }
        if (outcome.qualified()) {
            return form(nctId, answers, false);
        }
        return new FutureContactOffer(() -> form(nctId, answers, true));
    }

    private LeadForm form(String nctId, Map<String, Object> answers, boolean futureOnly) {
        return new LeadForm(leads, notices.forStudy(nctId), rateLimits, sent.getObject(), device, study(nctId),
                answers, futureOnly);
    }

    private Study study(String nctId) {
        return studies.find(nctId).orElseGet(studies::recruiting);
    }
}
