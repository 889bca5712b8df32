package cn.whuh.portal.staff.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import cn.whuh.portal.audit.AuditEvent;
import cn.whuh.portal.audit.AuditFilter;
import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.staff.StaffRole;
import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * ADMIN: the audit trail, newest first, searchable by action, user (the start of a name is enough), lead
 * reference and a range of days (site time, as the times are shown); paged from the database. A range that ends
 * before it starts is refused with a message and the list stays as it was.
 */
@Menu(title = "staff.nav.audit", order = 4)
@Route(value = "staff/audit", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_ROLE)
public class AuditView extends Div implements HasDynamicTitle {

    private final AuditLog auditLog;
    private final Grid<AuditEvent> grid = new Grid<>();
    private final ComboBox<String> action = new ComboBox<>();
    private final TextField actor = filter("staff.audit.actor");
    private final TextField lead = filter("staff.audit.lead");
    private final DatePicker from = day("staff.audit.from", "audit-from");
    private final DatePicker to = day("staff.audit.to", "audit-to");

    public AuditView(AuditLog auditLog) {
        this.auditLog = auditLog;
        action.setLabel(getTranslation("staff.audit.action"));
        action.setPlaceholder(getTranslation("staff.audit.anyAction"));
        action.setItems(auditLog.actions());
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        actor.setHelperText(getTranslation("staff.audit.actorHint"));
        actor.setId("audit-actor");
        grid.addColumn(e -> StaffFormat.dateTime(e.getOccurredAt(), getLocale()))
                .setHeader(getTranslation("staff.audit.whenZone")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getActor).setHeader(getTranslation("staff.audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> actionLabel(e.getAction())).setHeader(getTranslation("staff.audit.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::getLeadReference).setHeader(getTranslation("staff.audit.lead")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getDetail).setHeader(getTranslation("staff.audit.detail")).setFlexGrow(1)
                .setTooltipGenerator(AuditEvent::getDetail);
        grid.setId("audit-grid");
        action.addValueChangeListener(e -> load());
        actor.addValueChangeListener(e -> load());
        lead.addValueChangeListener(e -> load());
        from.addValueChangeListener(this::rangeChanged);
        to.addValueChangeListener(this::rangeChanged);
        load();
        Div filters = new Div(action, actor, lead, from, to);
        filters.addClassNames("staff-inline-form", "audit-filters");
        grid.addClassName("staff-grid");
        add(new H1(getTranslation("staff.audit.title")), filters, grid);
    }

    private void rangeChanged(ComponentValueChangeEvent<DatePicker, LocalDate> event) {
        boolean backwards = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setInvalid(backwards);
        to.setErrorMessage(backwards ? getTranslation("staff.audit.toBeforeFrom") : null);
        if (!backwards && !from.isInvalid() && !to.isInvalid()) {
            load();
        }
    }

    private void load() {
        AuditFilter filter = new AuditFilter(action.getValue(), actor.getValue(), lead.getValue(), from.getValue(),
                to.getValue(), ClockConfig.SITE_ZONE);
        grid.setItems(query -> auditLog.search(filter, PageRequest.of(query.getPage(), query.getPageSize(),
                Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).stream());
    }

    /** The translated name of an action where one exists (e.g. "Lead viewed"), else its code. */
    private String actionLabel(String code) {
        String key = "staff.audit." + code;
        String label = getTranslation(key);
        return label.startsWith("!") ? code : label;
    }

    private TextField filter(String key) {
        TextField field = new TextField(getTranslation(key));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setClearButtonVisible(true);
        return field;
    }

    private DatePicker day(String key, String id) {
        DatePicker picker = new DatePicker(getTranslation(key));
        picker.setI18n(StaffDates.i18n(getLocale(), this::getTranslation));
        picker.setClearButtonVisible(true);
        picker.setId(id);
        return picker;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.audit.title");
    }
}
