package cn.whuh.portal.triage.ui;

import cn.whuh.portal.base.i18n.Text;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.triage.CallChecklist;
import cn.whuh.portal.triage.LeadAnswers;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation as the recruiter's checklist for the call, in staff wording: each criterion the person did not
 * clearly meet (rules out first), what they answered and what to ask; the checks for the screening visit folded
 * below; then all the answers.
 */
class ChecklistCard extends LeadCard {

    ChecklistCard(Lead lead, CallChecklist checklist, LeadAnswers answers) {
        super("staff.lead.evaluation");
        List<CallChecklist.Item> items;
        try {
            items = checklist.of(lead, getLocale());
        } catch (RuntimeException e) {
            add(new Paragraph(getTranslation("staff.lead.evaluationUnreadable")));
            return;
        }
        UnorderedList flagged = list("checklist");
        UnorderedList atVisit = list("checklist-visit");
        items.forEach(item -> (item.atVisit() ? atVisit : flagged).add(item(item)));
        add(new Paragraph(getTranslation("staff.lead.checklistHint")));
        if (flagged.getChildren().findAny().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("staff.lead.checklistNone"));
            none.setId("checklist-none");
            add(none);
        }
        add(flagged);
        if (atVisit.getChildren().findAny().isPresent()) {
            Details visit = new Details(getTranslation("staff.lead.checklistVisit"), atVisit);
            visit.setId("checklist-visit-details");
            add(visit);
        }
        add(answersOf(lead, answers));
    }

    private static UnorderedList list(String id) {
        UnorderedList list = new UnorderedList();
        list.addClassName("lead-checklist");
        list.setId(id);
        return list;
    }

    private ListItem item(CallChecklist.Item item) {
        ListItem li = new ListItem();
        li.getElement().setAttribute("data-status", item.status().name());
        li.getElement().setAttribute("data-criterion", item.id());
        Span badge = new Span(getTranslation("staff.criterion." + item.status()));
        badge.addClassName("criterion-" + item.status().name().toLowerCase(Locale.ROOT));
        li.add(badge, new Span(" " + item.id() + " " + text(item.title())));
        if (item.protocol() != null) {
            Details protocol = new Details(getTranslation("staff.lead.checklistProtocol"),
                    new Div(text(item.protocol())));
            protocol.addClassName("checklist-protocol");
            li.add(protocol);
        }
        for (LeadAnswers.Line answer : item.answers()) {
            Div line = new Div(getTranslation("staff.lead.checklistAnswered", answer.question(), answer.answer()));
            line.addClassName("checklist-answer");
            li.add(line);
        }
        if (item.ask() != null) {
            Div ask = new Div(getTranslation("staff.lead.checklistAsk", text(item.ask())));
            ask.addClassName("checklist-ask");
            li.add(ask);
        } else if (!item.atVisit()) {
            Div ask = new Div(getTranslation("staff.lead.checklistAsk." + item.status()));
            ask.addClassName("checklist-ask");
            li.add(ask);
        }
        return li;
    }

    private Details answersOf(Lead lead, LeadAnswers answers) {
        UnorderedList list = new UnorderedList();
        list.addClassName("lead-answers");
        for (LeadAnswers.Line line : answers.of(lead, getLocale())) {
            Span question = new Span(line.question());
            question.addClassName("answer-question");
            Div answer = new Div(line.answer());
            answer.addClassName("answer-value");
            ListItem item = new ListItem(question, answer);
            item.getElement().setAttribute("data-key", line.key());
            list.add(item);
        }
        Details details = new Details(getTranslation("staff.lead.answers"), list);
        details.setId("answers");
        return details;
    }

    private String text(Text t) {
        return t == null ? "" : t.in(getLocale());
    }
}
