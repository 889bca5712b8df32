package cn.whuh.portal.staff.ui;

import cn.whuh.portal.staff.StaffRole;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** One lead: contact, evaluation, answers, consents, source, workflow, notes and timeline. */
@Route("staff/leads")
@RolesAllowed(StaffRole.RECRUITER_ROLE)
public class LeadView extends StaffPage implements HasUrlParameter<String> {

    public LeadView(AuthenticationContext authentication) {
        super("staff.lead.title", authentication);
    }

    @Override
    public void setParameter(BeforeEvent event, String reference) {
        add(new H1(reference));
    }
}
