package cn.whuh.portal.triage.ui;

import cn.whuh.portal.notify.ui.DeadMailAlert;
import cn.whuh.portal.staff.ui.StaffFormat;
import cn.whuh.portal.staff.ui.StaffLayout;
import cn.whuh.portal.study.StudyCatalog;
import cn.whuh.portal.triage.LeadQueue;
import cn.whuh.portal.triage.LeadStats.Snapshot;
import cn.whuh.portal.triage.LeadStats;
import cn.whuh.portal.triage.MyCalls;
import cn.whuh.portal.triage.QueueRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The staff dashboard: the signed-in recruiter's calls for today and today's new leads first, then funnel, enrolment against target, outcomes, sources, untouched leads, time to contact. */
@Menu(title = "staff.nav.dashboard", order = 1)
@StyleSheet("styles/triage.css")
@Route(value = "staff", layout = StaffLayout.class)
@PermitAll
public class StaffHomeView extends Div implements HasDynamicTitle {

    /** How many of today's new leads the dashboard lists; the queue has the rest. */
    static final int NEW_TODAY_SHOWN = 10;
    /** How many of the signed-in recruiter's calls for today the dashboard lists. */
    static final int CALLS_SHOWN = 20;

    private final Clock clock;

    public StaffHomeView(LeadStats stats, LeadQueue queue, MyCalls calls, StudyCatalog studies, Clock clock) {
        this.clock = clock;
        Snapshot s = stats.snapshot();
        add(new H1(getTranslation("staff.home.title")), new DeadMailAlert(), new MyCallsToday(calls.today(CALLS_SHOWN)),
                newToday(queue));

        Div figures = new Div(
                figure("staff.dash.untouched", String.valueOf(s.untouched()), "untouched"),
                figure("staff.dash.untouched24", String.valueOf(s.untouched24h()), "untouched-24h"),
                figure("staff.dash.untouched48", String.valueOf(s.untouched48h()), "untouched-48h"),
                figure("staff.dash.median", median(s.medianMinutesToFirstContact()), "median-contact"));
        figures.addClassName("dash-figures");
        add(figures);
        if (s.bySource().isEmpty()) {
            add(new Paragraph(getTranslation("staff.dash.none")));
        }

        Div charts = new Div(
                card("staff.dash.enrolled", Charts.progress(getTranslation("staff.dash.enrolled"), s.enrolled(),
                        studies.recruiting().designModule().enrollmentInfo().count())),
                card("staff.dash.funnel", Charts.bars(getTranslation("staff.dash.funnel"),
                        translated(s.funnel(), "staff.funnel."), "#1f5f8b", stepRates(s.funnel()))),
                card("staff.dash.byOutcome", Charts.bars(getTranslation("staff.dash.byOutcome"),
                        translated(s.byOutcome(), "staff.outcome."), "#0f7b6c")),
                card("staff.dash.bySource", Charts.bars(getTranslation("staff.dash.bySource"), sources(s.bySource()),
                        "#6a5d9e")));
        charts.addClassName("dash-charts");
        add(charts, new SourceConversionCard(s.conversionBySource()));
    }

    /**
     * The leads received today (site time) that nobody has worked on yet, newest first: what a recruiter
     * opens first in the morning. A RECRUITER sees those unassigned or assigned to them, as in the queue.
     */
    private Section newToday(LeadQueue queue) {
        LocalDate today = LocalDate.now(clock);
        List<QueueRow> rows = queue.newReceivedBetween(today.atStartOfDay(clock.getZone()).toInstant(),
                today.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), NEW_TODAY_SHOWN + 1);
        Section section = new Section(new H2(getTranslation("staff.dash.newToday")));
        section.addClassNames("lead-card", "dash-new-today");
        section.setId("new-today");
        if (rows.isEmpty()) {
            section.add(new Paragraph(getTranslation("staff.dash.newTodayNone")));
        }
        UnorderedList list = new UnorderedList();
        for (QueueRow row : rows.stream().limit(NEW_TODAY_SHOWN).toList()) {
            RouterLink link = new RouterLink(row.reference(), LeadView.class, row.reference());
            list.add(new ListItem(link, new Span(getTranslation("staff.outcome." + row.outcome())),
                    new Span(StaffFormat.ago(Duration.between(row.createdAt(), Instant.now(clock)), this::getTranslation))));
        }
        section.add(list, new RouterLink(getTranslation(rows.size() > NEW_TODAY_SHOWN ? "staff.dash.newTodayMore"
                : "staff.dash.openQueue"), LeadQueueView.class));
        return section;
    }

    /** Each step's share of the step before it ("72%"), by the step's translated label. */
    private Map<String, String> stepRates(Map<String, Long> funnel) {
        Map<String, String> rates = new LinkedHashMap<>();
        Long previous = null;
        for (Map.Entry<String, Long> step : funnel.entrySet()) {
            if (previous != null) {
                rates.put(getTranslation("staff.funnel." + step.getKey()), SourceConversionCard.rate(step.getValue(),
                        previous));
            }
            previous = step.getValue();
        }
        return rates;
    }

    private Div figure(String key, String value, String id) {
        Span number = new Span(value);
        number.addClassName("dash-number");
        Div figure = new Div(number, new Span(getTranslation(key)));
        figure.addClassName("dash-figure");
        figure.setId(id);
        return figure;
    }

    private Section card(String key, Component chart) {
        Section section = new Section(new H2(getTranslation(key)), chart);
        section.addClassName("lead-card");
        return section;
    }

    private String median(Long minutes) {
        if (minutes == null) {
            return "—";
        }
        return minutes < 120 ? getTranslation("staff.dash.minutes", minutes)
                : getTranslation("staff.dash.hours", Math.round(minutes / 60.0));
    }

    private Map<String, Long> translated(Map<String, Long> values, String prefix) {
        Map<String, Long> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(getTranslation(prefix + k), v));
        return out;
    }

    private Map<String, Long> sources(Map<String, Long> values) {
        Map<String, Long> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k.isEmpty() ? getTranslation("staff.lead.direct") : k, v));
        return out;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.home.title");
    }
}
