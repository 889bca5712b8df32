package cn.whuh.portal.triage.ui;

import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadConsent;
import cn.whuh.portal.lead.VisitorSource;
import cn.whuh.portal.staff.ui.StaffFormat;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** The consents given (notice version, language, time), where the person came from, and when. */
class ConsentsCard extends LeadCard {

    ConsentsCard(Lead lead) {
        super("staff.lead.consentsAndSource");
        UnorderedList consents = new UnorderedList();
        for (LeadConsent consent : lead.getConsents()) {
            consents.add(new ListItem(getTranslation("staff.consent." + consent.getKind()) + " — "
                    + consent.getNoticeVersion() + "/" + consent.getNoticeLanguage() + ", "
                    + StaffFormat.dateTime(consent.getGrantedAt(), getLocale())));
        }
        VisitorSource from = lead.getSource();
        UnorderedList source = new UnorderedList();
        addIf(source, "utm_source", from.utmSource());
        addIf(source, "utm_medium", from.utmMedium());
        addIf(source, "utm_campaign", from.utmCampaign());
        addIf(source, "utm_term", from.utmTerm());
        addIf(source, "utm_content", from.utmContent());
        addIf(source, getTranslation("staff.lead.referrer"), from.referrer());
        if (source.getChildren().findAny().isEmpty()) {
            source.add(new ListItem(getTranslation("staff.lead.direct")));
        }
        add(new H2(getTranslation("staff.lead.consents")), consents, new H2(getTranslation("staff.lead.source")),
                source, line("staff.queue.received", StaffFormat.dateTime(lead.getCreatedAt(), getLocale())));
    }

    private static void addIf(UnorderedList list, String label, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new ListItem(label + ": " + value));
        }
    }
}
