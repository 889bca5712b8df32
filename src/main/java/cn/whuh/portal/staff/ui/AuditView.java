package cn.whuh.portal.staff.ui;

import cn.whuh.portal.audit.AuditEvent;
import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.staff.StaffRole;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** ADMIN: the audit trail, newest first, searchable by action, user and lead reference; paged from the database. */
@Route("staff/audit")
@RolesAllowed(StaffRole.ADMIN_ROLE)
public class AuditView extends StaffPage {

    public AuditView(AuditLog auditLog, AuthenticationContext authentication) {
        super("staff.audit.title", authentication);
        TextField action = filter("staff.audit.action");
        TextField actor = filter("staff.audit.actor");
        TextField lead = filter("staff.audit.lead");
        Grid<AuditEvent> grid = new Grid<>();
        grid.addColumn(e -> StaffFormat.dateTime(e.getOccurredAt(), getLocale()))
                .setHeader(getTranslation("staff.audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getActor).setHeader(getTranslation("staff.audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getAction).setHeader(getTranslation("staff.audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getLeadReference).setHeader(getTranslation("staff.audit.lead")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getDetail).setHeader(getTranslation("staff.audit.detail")).setFlexGrow(1);
        Runnable load = () -> grid.setItems(query -> auditLog.search(action.getValue(), actor.getValue(),
                        lead.getValue(), PageRequest.of(query.getPage(), query.getPageSize(),
                                Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
                .stream());
        for (TextField field : new TextField[] {action, actor, lead}) {
            field.addValueChangeListener(e -> load.run());
        }
        load.run();
        Div filters = new Div(action, actor, lead);
        filters.addClassName("staff-inline-form");
        grid.addClassName("staff-grid");
        add(new H1(getTranslation("staff.audit.title")), filters, grid);
    }

    private TextField filter(String key) {
        TextField field = new TextField(getTranslation(key));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setClearButtonVisible(true);
        return field;
    }
}
