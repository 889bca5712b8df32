package cn.whuh.portal.triage.ui;

import cn.whuh.portal.staff.ui.StaffLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import cn.whuh.portal.base.config.SiteTime;
import cn.whuh.portal.staff.ui.StaffFormat;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.triage.LeadFilter;
import cn.whuh.portal.triage.LeadQueue;
import cn.whuh.portal.triage.QueueRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The triage queue: a lazy grid paged, sorted and filtered by the database, with counts per status. */
@Menu(title = "staff.nav.leads", order = 2)
@StyleSheet("styles/triage.css")
@Route(value = "staff/leads", layout = StaffLayout.class)
@RolesAllowed(StaffRole.RECRUITER_ROLE)
public class LeadQueueView extends Div implements HasDynamicTitle {

    private final LeadQueue queue;
    private final Clock clock;
    private final Grid<QueueRow> grid = new Grid<>();
    private final QueueFilters filters = new QueueFilters(this::apply);
    private final Div counts = new Div();
    private final Anchor export = new Anchor();
    private LeadFilter filter = LeadFilter.DEFAULT;

    public LeadQueueView(LeadQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
        add(new H1(getTranslation("staff.queue.title")), filters, counts);
        counts.addClassName("staff-counts");
        counts.setId("status-counts");
        if (CurrentStaff.has(StaffRole.INVESTIGATOR)) {
            export.setText(getTranslation("staff.queue.export"));
            export.setId("export-csv");
            export.getElement().setAttribute("router-ignore", true);
            export.getElement().setAttribute("download", true);
            add(export);
        }
        configureGrid();
        add(grid);
        apply(LeadFilter.DEFAULT);
    }

    private void configureGrid() {
        grid.setId("lead-queue");
        grid.addClassName("staff-grid");
        grid.addColumn(QueueRow::reference).setHeader(getTranslation("staff.queue.reference"))
                .setSortProperty("reference").setAutoWidth(true).setFrozen(true);
        grid.addComponentColumn(this::received).setHeader(getTranslation("staff.queue.received"))
                .setSortProperty("createdAt").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("staff.outcome." + r.outcome())).setHeader(getTranslation("staff.queue.outcome"))
                .setSortProperty("outcome").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("staff.status." + r.status())).setHeader(getTranslation("staff.queue.status"))
                .setSortProperty("status").setAutoWidth(true);
        grid.addColumn(r -> r.erasedAt() == null ? r.fullName()
                        : getTranslation("staff.lead.erasedOn", SiteTime.day(r.erasedAt())))
                .setHeader(getTranslation("staff.queue.name"))
                .setSortProperty("fullName").setAutoWidth(true);
        grid.addColumn(r -> StaffFormat.phone(r.phone())).setHeader(getTranslation("staff.queue.phone"))
                .setSortProperty("phone").setAutoWidth(true);
        grid.addColumn(QueueRow::assignedTo).setHeader(getTranslation("staff.queue.assigned"))
                .setSortProperty("assignedTo").setAutoWidth(true);
        grid.addColumn(r -> StaffFormat.dateTime(r.lastContactAt(), getLocale()))
                .setHeader(getTranslation("staff.queue.lastContact")).setSortProperty("lastContactAt").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("staff.queue.attemptsOf", r.attemptCount(),
                        Lead.UNANSWERED_BEFORE_UNREACHABLE))
                .setHeader(getTranslation("staff.queue.attempts")).setSortProperty("attemptCount").setAutoWidth(true);
        grid.addColumn(this::nextAction)
                .setHeader(getTranslation("staff.queue.nextAction")).setSortProperty("nextActionDate").setAutoWidth(true);
        grid.setPartNameGenerator(r -> queue.isOverdue(r) ? "overdue" : null);
        grid.addItemClickListener(e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(LeadView.class, e.getItem().reference())));
        grid.setMultiSort(true);
        grid.setItems(query -> queue.page(filter, sorts(query.getSortOrders()), query.getOffset(), query.getLimit())
                .stream(), query -> (int) Math.min(Integer.MAX_VALUE, queue.count(filter)));
    }

    private static List<LeadQueue.Sort> sorts(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(o -> new LeadQueue.Sort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                .toList();
    }

    /** The callback's Beijing date and time, else the next action's date (a screening visit). */
    private String nextAction(QueueRow row) {
        if (row.callbackAt() != null) {
            return StaffFormat.dateTime(row.callbackAt(), getLocale());
        }
        return row.nextActionDate() == null ? "" : row.nextActionDate().toString();
    }

    /** "3 h ago", coloured when a NEW lead is still untouched after 24 and after 48 hours. */
    private Span received(QueueRow row) {
        Duration age = Duration.between(row.createdAt(), Instant.now(clock));
        Span span = new Span(StaffFormat.ago(age, this::getTranslation));
        span.getElement().setAttribute("title", StaffFormat.dateTime(row.createdAt(), getLocale()));
        if (row.status() == LeadStatus.NEW && age.compareTo(LeadQueue.OVERDUE_UNTOUCHED) >= 0) {
            span.addClassName("untouched-48");
        } else if (row.status() == LeadStatus.NEW && age.compareTo(LeadQueue.UNTOUCHED_WARNING) >= 0) {
            span.addClassName("untouched-24");
        }
        return span;
    }

    private void apply(LeadFilter chosen) {
        filter = chosen;
        grid.getDataProvider().refreshAll();
        showCounts();
        export.setHref("/staff/leads/export.csv?" + filter.toQuery());
    }

    private void showCounts() {
        counts.removeAll();
        Map<LeadStatus, Long> byStatus = queue.countsByStatus(filter);
        byStatus.forEach((s, n) -> {
            Button chip = new Button(getTranslation("staff.status." + s) + " " + n, e -> filters.chooseStatus(s));
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    s == filter.status() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            chip.getElement().setAttribute("data-status", s.name());
            counts.add(chip);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.queue.title");
    }
}
