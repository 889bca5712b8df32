package cn.whuh.portal.triage.ui;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.triage.MyCalls;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The dashboard's first list, "My calls today": the callbacks the signed-in staff member is to make by the end of
 * today (Beijing time), overdue ones marked, each with its time, lead and what to do.
 */
class MyCallsToday extends Section {

    MyCallsToday(List<MyCalls.Call> calls) {
        add(new H2(getTranslation("staff.dash.myCalls")));
        addClassNames("lead-card", "dash-new-today", "dash-my-calls");
        setId("my-calls");
        if (calls.isEmpty()) {
            add(new Paragraph(getTranslation("staff.dash.myCallsNone")));
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClockConfig.SITE_ZONE);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClockConfig.SITE_ZONE);
        UnorderedList list = new UnorderedList();
        for (MyCalls.Call call : calls) {
            Span when = new Span(call.overdue()
                    ? getTranslation("staff.dash.myCallsOverdue", day.format(call.at()), time.format(call.at()))
                    : getTranslation("staff.dash.myCallsAt", time.format(call.at())));
            when.addClassName(call.overdue() ? "lead-overdue" : "dash-call-time");
            String purpose = "CONSIDERING".equals(call.purpose())
                    ? getTranslation("staff.lead.callbackConsidering") : call.purpose();
            list.add(new ListItem(when, new RouterLink(call.reference(), LeadView.class, call.reference()),
                    new Span(purpose)));
        }
        add(list);
    }
}
