package cn.whuh.portal.triage.ui;

import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.ui.StaffLayout;
import cn.whuh.portal.triage.LeadFilter;
import cn.whuh.portal.triage.LeadQueue;
import cn.whuh.portal.triage.QueueRow;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The triage queue: a lazy grid paged, sorted and filtered by the database, with counts per status. The filter
 * lives in the address ({@code /staff/leads?outcome=LIKELY_ELIGIBLE&due=NOW}), so Back, "Back to the queue" and
 * bookmarks bring it back. On a phone the leads are cards and the filters fold behind one button.
 */
@StyleSheet("styles/triage.css")
@Menu(title = "staff.nav.leads", order = 2)
@Route(value = "staff/leads", layout = StaffLayout.class)
@RolesAllowed(StaffRole.RECRUITER_ROLE)
public class LeadQueueView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    /** Narrower than this (CSS pixels), the queue is a list of cards. */
    static final int PHONE_WIDTH = 700;
    private static final String LAST_QUERY = LeadQueueView.class.getName() + ".query";

    private final LeadQueue queue;
    private final Grid<QueueRow> grid = new Grid<>();
    private final QueueFilters filters = new QueueFilters(this::choose);
    private final Button toggle = new Button();
    private final Div counts = new Div();
    private final Anchor export = new Anchor();
    private final QueueColumns columns;
    private LeadFilter filter = LeadFilter.DEFAULT;
    private Registration resize;

    public LeadQueueView(LeadQueue queue, Clock clock) {
        this.queue = queue;
        toggle.setId("filters-toggle");
        toggle.addClassName("queue-filters-toggle");
        toggle.addClickListener(e -> filters.getClassNames().set("open", !filters.hasClassName("open")));
        filters.addClassName("queue-filters");
        add(new H1(getTranslation("staff.queue.title")), toggle, filters, counts);
        counts.addClassName("staff-counts");
        counts.setId("status-counts");
        if (CurrentStaff.has(StaffRole.INVESTIGATOR)) {
            export.setText(getTranslation("staff.queue.export"));
            export.setId("export-csv");
            export.getElement().setAttribute("router-ignore", true);
            export.getElement().setAttribute("download", true);
            add(export);
        }
        grid.setId("lead-queue");
        grid.addClassName("staff-grid");
        columns = new QueueColumns(this, this::getLocale, grid, queue, clock);
        grid.addItemClickListener(e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(LeadView.class, e.getItem().reference())));
        grid.setMultiSort(true);
        grid.setItems(query -> queue.page(filter, sorts(query.getSortOrders()), query.getOffset(), query.getLimit())
                .stream(), query -> (int) Math.min(Integer.MAX_VALUE, queue.count(filter)));
        grid.setEmptyStateComponent(noMatch());
        add(grid);
    }

    /** "Back to the queue", with the filter the queue had when it was last shown in this session. */
    static RouterLink backToQueue(String text) {
        RouterLink back = new RouterLink(text, LeadQueueView.class);
        Object query = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(LAST_QUERY);
        if (query instanceof String q && !q.isEmpty()) {
            back.setQueryParameters(QueryParameters.fromString(q));
        }
        back.setId("back-to-queue");
        return back;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        LeadFilter chosen;
        try {
            chosen = LeadFilter.fromQuery(name -> parameters.getSingleParameter(name).orElse(null));
        } catch (IllegalArgumentException e) {
            chosen = LeadFilter.DEFAULT; // a mistyped or outdated bookmark shows the default queue
        }
        filters.show(chosen);
        apply(chosen);
    }

    /** A filter chosen on the page: shown, and written into the address without a new history entry. */
    private void choose(LeadFilter chosen) {
        apply(chosen);
        String query = chosen.toQuery();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "staff/leads" + (query.isEmpty() ? "" : "?" + query)));
    }

    private void apply(LeadFilter chosen) {
        filter = chosen;
        String query = chosen.toQuery();
        VaadinSession.getCurrent().setAttribute(LAST_QUERY, query);
        grid.getDataProvider().refreshAll();
        showCounts();
        export.setHref("/staff/leads/export.csv" + (query.isEmpty() ? "" : "?" + query));
        long chosenParts = query.isEmpty() ? 0 : query.chars().filter(c -> c == '&').count() + 1;
        toggle.setText(chosenParts == 0 ? getTranslation("staff.queue.filters")
                : getTranslation("staff.queue.filtersChosen", chosenParts));
    }

    private Div noMatch() {
        Button clear = new Button(getTranslation("staff.queue.clearFilters"), e -> {
            filters.show(LeadFilter.DEFAULT);
            choose(LeadFilter.DEFAULT);
        });
        clear.setId("clear-filters");
        Div empty = new Div(new Paragraph(getTranslation("staff.queue.noMatch")), clear);
        empty.setId("queue-empty");
        return empty;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().retrieveExtendedClientDetails(d -> layout(d.getWindowInnerWidth()));
        resize = event.getUI().getPage().addBrowserWindowResizeListener(e -> layout(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
        }
    }

    private void layout(int width) {
        boolean phone = width > 0 && width < PHONE_WIDTH;
        columns.phone(phone);
        getElement().setAttribute("data-layout", phone ? "cards" : "columns");
    }

    private static List<LeadQueue.Sort> sorts(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(o -> new LeadQueue.Sort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                .toList();
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
