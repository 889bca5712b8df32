package cn.whuh.portal.staff.ui;

import cn.whuh.portal.staff.leads.LeadStats;
import cn.whuh.portal.staff.leads.LeadStats.Snapshot;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;

/** The staff dashboard: funnel, enrolment against target, outcomes, sources, untouched leads, time to contact. */
@Route("staff")
@PermitAll
public class StaffHomeView extends StaffPage {

    public StaffHomeView(LeadStats stats, AuthenticationContext authentication) {
        super("staff.home.title", authentication);
        Snapshot s = stats.snapshot();
        add(new H1(getTranslation("staff.home.title")));

        Div figures = new Div(
                figure("staff.dash.untouched", String.valueOf(s.untouched()), "untouched"),
                figure("staff.dash.untouched24", String.valueOf(s.untouched24h()), "untouched-24h"),
                figure("staff.dash.untouched48", String.valueOf(s.untouched48h()), "untouched-48h"),
                figure("staff.dash.median", median(s.medianMinutesToFirstContact()), "median-contact"));
        figures.addClassName("dash-figures");
        add(figures);

        Div charts = new Div(
                card("staff.dash.enrolled", Charts.progress(getTranslation("staff.dash.enrolled"), s.enrolled(),
                        LeadStats.ENROLMENT_TARGET)),
                card("staff.dash.funnel", Charts.bars(getTranslation("staff.dash.funnel"),
                        translated(s.funnel(), "staff.funnel."), "#1f5f8b")),
                card("staff.dash.byOutcome", Charts.bars(getTranslation("staff.dash.byOutcome"),
                        translated(s.byOutcome(), "staff.outcome."), "#0f7b6c")),
                card("staff.dash.bySource", Charts.bars(getTranslation("staff.dash.bySource"), sources(s.bySource()),
                        "#6a5d9e")));
        charts.addClassName("dash-charts");
        add(charts);
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
        if (out.isEmpty()) {
            add(new Paragraph(getTranslation("staff.dash.none")));
        }
        return out;
    }
}
