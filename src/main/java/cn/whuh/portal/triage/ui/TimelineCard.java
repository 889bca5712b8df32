package cn.whuh.portal.triage.ui;

import cn.whuh.portal.audit.AuditEvent;
import cn.whuh.portal.lead.LeadEvent;
import cn.whuh.portal.staff.ui.StaffFormat;
import cn.whuh.portal.triage.LeadCase;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Everything that happened to the lead, newest first: its events, and who viewed it or revealed the contact. */
class TimelineCard extends LeadCard {

    private record Entry(Instant at, String actor, String what, String note) {
    }

    TimelineCard(LeadCase c) {
        super("staff.lead.timeline");
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(c.lead().getCreatedAt(), "—", getTranslation("staff.timeline.received"), null));
        for (LeadEvent e : c.lead().history()) {
            entries.add(new Entry(e.getOccurredAt(), e.getActor(), describe(e),
                    e.getKind() == LeadEvent.Kind.CALLBACK ? null : e.getNote()));
        }
        for (AuditEvent a : c.audit()) {
            if (a.getAction().equals("LEAD_VIEWED") || a.getAction().equals("CONTACT_REVEALED")) {
                entries.add(new Entry(a.getOccurredAt(), a.getActor(), getTranslation("staff.audit." + a.getAction()),
                        null));
            }
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        UnorderedList list = new UnorderedList();
        list.addClassName("lead-timeline");
        list.setId("timeline");
        for (Entry e : entries) {
            ListItem item = new ListItem();
            Span when = new Span(StaffFormat.dateTime(e.at(), getLocale()) + " · " + e.actor());
            when.addClassName("timeline-when");
            item.add(when, new Div(e.what()));
            if (e.note() != null) {
                Div note = new Div(e.note());
                note.addClassName("timeline-note");
                item.add(note);
            }
            list.add(item);
        }
        add(list);
    }

    private String describe(LeadEvent e) {
        return switch (e.getKind()) {
            case ATTEMPT -> getTranslation("staff.timeline.attempt",
                    getTranslation("staff.attempt." + e.getAttemptResult()));
            case STATUS -> getTranslation("staff.timeline.status", getTranslation("staff.status." + e.getFromStatus()),
                    getTranslation("staff.status." + e.getToStatus()))
                    + (e.getReasonCode() == null ? "" : " — " + getTranslation("staff.reason." + e.getReasonCode()))
                    + (e.getScheduledAt() == null ? "" : " — " + StaffFormat.dateTime(e.getScheduledAt(), getLocale()));
            case NOTE -> getTranslation("staff.timeline.note");
            case ASSIGNMENT -> getTranslation("staff.timeline.assigned",
                    e.getReasonCode() == null ? getTranslation("staff.lead.unassigned") : e.getReasonCode());
            case CALLBACK -> e.getScheduledAt() == null ? getTranslation("staff.timeline.callbackCleared")
                    : getTranslation("staff.timeline.callback", StaffFormat.dateTime(e.getScheduledAt(), getLocale()),
                            "CONSIDERING".equals(e.getNote()) ? getTranslation("staff.lead.callbackConsidering")
                                    : e.getNote(), e.getReasonCode());
            case ERASURE -> getTranslation("staff.timeline.erased");
            case CONSENT -> getTranslation("staff.timeline.consentWithdrawn",
                    getTranslation("staff.consent." + e.getReasonCode()));
        };
    }
}
