package cn.whuh.portal.triage.ui;

import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.triage.LeadFilter;
import cn.whuh.portal.triage.LeadFilter.Assignment;
import cn.whuh.portal.triage.LeadFilter.Due;
import cn.whuh.portal.triage.LeadFilter.Scope;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The queue's filter fields: status, outcome, assignment, due, attempts and the search text. They show a
 * {@link LeadFilter} ({@link #show}) and tell {@code changed} the filter they make whenever one is changed.
 */
class QueueFilters extends Div {

    private static final String ANY = "ANY";

    private final Select<String> status = new Select<>();
    private final Select<String> outcome = new Select<>();
    private final Select<Assignment> assignment = new Select<>();
    private final Select<Due> due = new Select<>();
    private final Select<String> attempts = new Select<>();
    private final TextField text = new TextField();
    private boolean showing;

    QueueFilters(Consumer<LeadFilter> changed) {
        status.setLabel(getTranslation("staff.queue.status"));
        List<String> statuses = new ArrayList<>(List.of(Scope.OPEN.name(), Scope.ALL.name(), Scope.FUTURE.name()));
        for (LeadStatus s : LeadStatus.values()) {
            statuses.add(s.name());
        }
        status.setItems(statuses);
        status.setItemLabelGenerator(s -> isScope(s) ? getTranslation("staff.queue.scope." + s)
                : getTranslation("staff.status." + s));
        status.setId("filter-status");

        outcome.setLabel(getTranslation("staff.queue.outcome"));
        List<String> outcomes = new ArrayList<>(List.of(ANY));
        for (Outcome o : Outcome.values()) {
            outcomes.add(o.name());
        }
        outcome.setItems(outcomes);
        outcome.setItemLabelGenerator(o -> getTranslation(ANY.equals(o) ? "staff.queue.any" : "staff.outcome." + o));
        outcome.setId("filter-outcome");

        assignment.setLabel(getTranslation("staff.queue.assignment"));
        assignment.setItems(Assignment.values());
        assignment.setItemLabelGenerator(a -> getTranslation("staff.queue.assignment." + a.name()));
        assignment.setId("filter-assignment");

        due.setLabel(getTranslation("staff.queue.due"));
        due.setItems(Due.values());
        due.setItemLabelGenerator(d -> getTranslation("staff.queue.due." + d.name()));
        due.setId("filter-due");

        attempts.setLabel(getTranslation("staff.queue.attempts"));
        List<String> counts = new ArrayList<>(List.of(ANY));
        for (int n = 0; n <= Lead.UNANSWERED_BEFORE_UNREACHABLE; n++) {
            counts.add(String.valueOf(n));
        }
        attempts.setItems(counts);
        attempts.setItemLabelGenerator(a -> ANY.equals(a) ? getTranslation("staff.queue.any")
                : getTranslation("staff.queue.attempts." + (a.equals("0") ? "none"
                        : Integer.parseInt(a) >= Lead.UNANSWERED_BEFORE_UNREACHABLE ? "more" : "n"), a));
        attempts.setId("filter-attempts");

        text.setLabel(getTranslation("staff.queue.search"));
        text.setPlaceholder(getTranslation("staff.queue.search.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        // Enter searches at once, rather than 400 ms after the last keystroke (docs/performance.md#p3)
        text.getElement().addEventListener("keydown", e -> { }).setFilter("event.key === 'Enter'")
                .synchronizeProperty("value");
        text.setClearButtonVisible(true);
        text.setId("filter-text");

        show(LeadFilter.DEFAULT);
        List.of(status, outcome, attempts).forEach(f -> f.addValueChangeListener(e -> fire(changed)));
        assignment.addValueChangeListener(e -> fire(changed));
        due.addValueChangeListener(e -> fire(changed));
        text.addValueChangeListener(e -> fire(changed));
        add(status, outcome, assignment, due, attempts, text);
        addClassName("staff-inline-form");
        setId("queue-filters");
    }

    private void fire(Consumer<LeadFilter> changed) {
        if (!showing) {
            changed.accept(value());
        }
    }

    /** Shows a filter in the fields, without telling anyone. */
    void show(LeadFilter filter) {
        showing = true;
        try {
            status.setValue(filter.scope() == Scope.STATUS ? filter.status().name() : filter.scope().name());
            outcome.setValue(filter.outcome() == null ? ANY : filter.outcome().name());
            assignment.setValue(filter.assignment());
            due.setValue(filter.due());
            attempts.setValue(filter.attempts() == null ? ANY : filter.attempts().toString());
            text.setValue(filter.text() == null ? "" : filter.text());
        } finally {
            showing = false;
        }
    }

    /** Shows only {@code s} (a status chip was chosen) and tells the listener. */
    void chooseStatus(LeadStatus s) {
        status.setValue(s.name());
    }

    /** The filter the fields make. */
    LeadFilter value() {
        String s = status.getValue();
        Scope scope = isScope(s) ? Scope.valueOf(s) : Scope.STATUS;
        return new LeadFilter(scope, scope == Scope.STATUS ? LeadStatus.valueOf(s) : null,
                ANY.equals(outcome.getValue()) ? null : Outcome.valueOf(outcome.getValue()), assignment.getValue(),
                due.getValue(), ANY.equals(attempts.getValue()) ? null : Integer.valueOf(attempts.getValue()),
                text.getValue());
    }

    private static boolean isScope(String value) {
        return !value.equals(Scope.STATUS.name()) && Arrays.stream(Scope.values())
                .anyMatch(scope -> scope.name().equals(value));
    }
}
