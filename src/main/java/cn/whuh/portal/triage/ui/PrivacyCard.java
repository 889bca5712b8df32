package cn.whuh.portal.triage.ui;

import cn.whuh.portal.base.config.SiteTime;
import cn.whuh.portal.lead.Lead;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What happens to the lead's personal data (docs/patient-door.md): once erased, when and why, in place of the
 * contact details, answers and notes, which are gone.
 */
class PrivacyCard extends LeadCard {

    PrivacyCard(Lead lead) {
        super("staff.lead.personalData");
        Paragraph erased = new Paragraph(getTranslation("staff.lead.erasedOn", SiteTime.day(lead.privacy().erasedAt())));
        erased.setId("lead-erased");
        add(erased, line("staff.lead.erasureReason", reason(lead.privacy().erasureReason())));
    }

    private String reason(String reason) {
        return Lead.WITHDRAWAL.equals(reason) || Lead.RETENTION.equals(reason)
                ? getTranslation("staff.lead.erasure." + reason) : reason;
    }
}
