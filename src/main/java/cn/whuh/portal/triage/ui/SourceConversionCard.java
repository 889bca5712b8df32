package cn.whuh.portal.triage.ui;

import cn.whuh.portal.triage.LeadStats.SourceConversion;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * The dashboard's conversion per source: for each source's leads, how many were received, contacted, booked for
 * screening and enrolled, each with its share of the step before it.
 */
class SourceConversionCard extends Section {

    SourceConversionCard(List<SourceConversion> sources) {
        add(new H2(getTranslation("staff.dash.conversionBySource")));
        addClassNames("lead-card", "dash-conversion");
        setId("conversion-by-source");
        Element table = new Element("table");
        Element head = new Element("tr");
        for (String key : List.of("staff.dash.source", "staff.funnel.RECEIVED", "staff.funnel.CONTACTED",
                "staff.funnel.SCREENING_SCHEDULED", "staff.funnel.ENROLLED")) {
            head.appendChild(new Element("th").setText(getTranslation(key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (SourceConversion s : sources) {
            Element row = new Element("tr");
            row.appendChild(new Element("th").setAttribute("scope", "row")
                    .setText(s.source().isEmpty() ? getTranslation("staff.lead.direct") : s.source()));
            row.appendChild(new Element("td").setText(String.valueOf(s.received())));
            row.appendChild(cell(s.contacted(), s.received()));
            row.appendChild(cell(s.screeningBooked(), s.contacted()));
            row.appendChild(cell(s.enrolled(), s.screeningBooked()));
            body.appendChild(row);
        }
        table.appendChild(body);
        getElement().appendChild(table);
    }

    private static Element cell(long value, long previous) {
        return new Element("td").setText(value + " (" + rate(value, previous) + ")");
    }

    /** {@code value} as a whole percentage of {@code previous}; "–" when there was none before. */
    static String rate(long value, long previous) {
        return previous == 0 ? "–" : Math.round(100.0 * value / previous) + "%";
    }
}
