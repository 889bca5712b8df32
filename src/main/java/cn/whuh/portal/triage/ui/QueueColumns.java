package cn.whuh.portal.triage.ui;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.base.config.SiteTime;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.staff.ui.StaffFormat;
import cn.whuh.portal.triage.LeadQueue;
import cn.whuh.portal.triage.PhoneMask;
import cn.whuh.portal.triage.QueueRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The queue's columns: on a desktop one column each (the reference never cut, the next action in view at 1440 px),
 * on a phone one card per lead (reference, received age, outcome, status, next action). Phones are masked.
 */
class QueueColumns {

    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Component owner;
    private final Supplier<Locale> locale;
    private final LeadQueue queue;
    private final Clock clock;
    private final List<Grid.Column<QueueRow>> desktop = new ArrayList<>();
    private final Grid.Column<QueueRow> card;

    QueueColumns(Component owner, Supplier<Locale> locale, Grid<QueueRow> grid, LeadQueue queue, Clock clock) {
        this.owner = owner;
        this.locale = locale;
        this.queue = queue;
        this.clock = clock;
        desktop.add(grid.addColumn(QueueRow::reference).setHeader(t("staff.queue.reference"))
                .setSortProperty("reference").setAutoWidth(true).setFlexGrow(0));
        desktop.add(grid.addComponentColumn(this::received).setHeader(t("staff.queue.received"))
                .setSortProperty("createdAt").setAutoWidth(true));
        desktop.add(grid.addColumn(r -> t("staff.outcome." + r.outcome())).setHeader(t("staff.queue.outcome"))
                .setSortProperty("outcome").setAutoWidth(true));
        desktop.add(grid.addColumn(r -> t("staff.status." + r.status())).setHeader(t("staff.queue.status"))
                .setSortProperty("status").setAutoWidth(true));
        desktop.add(grid.addColumn(this::name).setHeader(t("staff.queue.name")).setSortProperty("fullName")
                .setWidth("8rem").setFlexGrow(1));
        desktop.add(grid.addColumn(r -> PhoneMask.mask(r.phone())).setHeader(t("staff.queue.phone"))
                .setAutoWidth(true).setFlexGrow(0));
        desktop.add(grid.addColumn(QueueRow::assignedTo).setHeader(t("staff.queue.assigned"))
                .setSortProperty("assignedTo").setWidth("9rem").setFlexGrow(0));
        desktop.add(grid.addColumn(this::attempts).setHeader(t("staff.queue.lastContact"))
                .setSortProperty("lastContactAt").setAutoWidth(true).setFlexGrow(0));
        desktop.add(grid.addColumn(this::nextAction).setHeader(t("staff.queue.nextAction"))
                .setSortProperty("nextActionDate").setAutoWidth(true).setFlexGrow(0));
        card = grid.addComponentColumn(this::card).setHeader(t("staff.queue.leads"));
        card.setVisible(false);
        grid.setPartNameGenerator(r -> queue.isOverdue(r) ? "overdue" : null);
    }

    /** One card per lead on a phone, the columns on a wider screen. */
    void phone(boolean phone) {
        desktop.forEach(column -> column.setVisible(!phone));
        card.setVisible(phone);
    }

    private Div card(QueueRow row) {
        Span reference = new Span(row.reference());
        reference.addClassName("queue-card-reference");
        Span next = new Span(nextAction(row).isEmpty() ? "" : t("staff.queue.nextAction") + ": " + nextAction(row));
        next.addClassName("queue-card-next");
        Div card = new Div(reference, received(row), new Span(t("staff.outcome." + row.outcome())),
                new Span(t("staff.status." + row.status())), next);
        card.addClassName("queue-card");
        return card;
    }

    private String name(QueueRow r) {
        return r.erasedAt() == null ? r.fullName() : t("staff.lead.erasedOn", SiteTime.day(r.erasedAt()));
    }

    /** "2 of 3 · 12-04 09:30": the attempts so far and when the last one was. */
    private String attempts(QueueRow r) {
        String count = t("staff.queue.attemptsOf", r.attemptCount(), Lead.UNANSWERED_BEFORE_UNREACHABLE);
        return r.lastContactAt() == null ? count : count + " · " + brief(r.lastContactAt());
    }

    /** The callback's Beijing date and time, else the next action's date (a screening visit). */
    private String nextAction(QueueRow row) {
        if (row.callbackAt() != null) {
            return brief(row.callbackAt());
        }
        return row.nextActionDate() == null ? "" : row.nextActionDate().toString();
    }

    /** A time in Beijing, short enough for a column: "12-04 09:30" this year, else the date "2025-12-04". */
    private String brief(Instant instant) {
        ZonedDateTime at = instant.atZone(ClockConfig.SITE_ZONE);
        return at.getYear() == LocalDate.now(clock).getYear() ? THIS_YEAR.format(at) : at.toLocalDate().toString();
    }

    /** "3 h ago", coloured when a NEW lead is still untouched after 24 and after 48 hours. */
    private Span received(QueueRow row) {
        Duration age = Duration.between(row.createdAt(), Instant.now(clock));
        Span span = new Span(StaffFormat.ago(age, owner::getTranslation));
        span.getElement().setAttribute("title", StaffFormat.dateTime(row.createdAt(), locale.get()));
        if (row.status() == LeadStatus.NEW && age.compareTo(LeadQueue.OVERDUE_UNTOUCHED) >= 0) {
            span.addClassName("untouched-48");
        } else if (row.status() == LeadStatus.NEW && age.compareTo(LeadQueue.UNTOUCHED_WARNING) >= 0) {
            span.addClassName("untouched-24");
        }
        return span;
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }
}
