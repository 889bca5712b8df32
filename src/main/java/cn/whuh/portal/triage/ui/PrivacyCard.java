package cn.whuh.portal.triage.ui;

import cn.whuh.portal.base.config.SiteTime;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.Retention;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What happens to the lead's personal data (docs/patient-door.md): the day it will be erased (or that it is kept
 * while the lead is worked on), the re-check invitation planned or sent, an ADMIN's "erase now" with a reason; once erased, when and why, in place of the
 * contact details, answers and notes, which are gone.
 */
class PrivacyCard extends LeadCard {

    PrivacyCard(Lead lead, Retention retention, LeadActions actions, Consumer<String> eraseNow) {
        super("staff.lead.personalData");
        if (lead.isErased()) {
            Paragraph erased = new Paragraph(getTranslation("staff.lead.erasedOn",
                    SiteTime.day(lead.privacy().erasedAt())));
            erased.setId("lead-erased");
            add(erased, line("staff.lead.erasureReason", reason(lead.privacy().erasureReason())));
            return;
        }
        Paragraph due = new Paragraph(lead.erasureDue(retention)
                .map(day -> getTranslation("staff.lead.erasedBy", day))
                .orElseGet(() -> getTranslation("staff.lead.keptWhileWorked")));
        due.setId("lead-erasure-due");
        add(due);
        if (lead.privacy().recheckInvitedAt() != null) {
            add(recheck(getTranslation("staff.lead.recheckSent", SiteTime.format(lead.privacy().recheckInvitedAt()))));
        } else {
            lead.recheckInvitationPlanned().ifPresent(day -> add(recheck(getTranslation("staff.lead.recheckPlanned", day))));
        }
        if (CurrentStaff.has(StaffRole.ADMIN)) {
            TextField why = new TextField(getTranslation("staff.lead.erasureReason"));
            why.setId("erase-reason");
            why.setMaxLength(Lead.MAX_PURPOSE);
            why.setWidthFull();
            Button erase = new Button(getTranslation("staff.lead.eraseNow"), e -> actions.act(
                    () -> eraseNow.accept(why.getValue()), refusal -> mark(refusal, Map.of("erasureReason", why))));
            erase.setId("erase-now");
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new Paragraph(getTranslation("staff.lead.eraseNowHint")), why, erase);
        }
    }

    private Paragraph recheck(String text) {
        Paragraph recheck = new Paragraph(text);
        recheck.setId("lead-recheck-invitation");
        return recheck;
    }

    private String reason(String reason) {
        return Lead.WITHDRAWAL.equals(reason) || Lead.RETENTION.equals(reason)
                ? getTranslation("staff.lead.erasure." + reason) : reason;
    }
}
