package cn.whuh.portal.triage.ui;

import cn.whuh.portal.base.i18n.Text;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadJson;
import cn.whuh.portal.prescreen.CriterionResult;
import cn.whuh.portal.prescreen.CriterionStatus;
import cn.whuh.portal.triage.LeadAnswers;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The evaluation as a checklist for the call (what did not simply pass, worst first), then the answers. */
class ChecklistCard extends LeadCard {

    ChecklistCard(Lead lead, LeadJson json, LeadAnswers answers) {
        super("staff.lead.evaluation");
        List<CriterionResult> criteria;
        try {
            criteria = json.readEvaluation(lead).criteria();
        } catch (RuntimeException e) {
            add(new Paragraph(getTranslation("staff.lead.evaluationUnreadable")));
            return;
        }
        UnorderedList checklist = new UnorderedList();
        checklist.addClassName("lead-checklist");
        checklist.setId("checklist");
        criteria.stream()
                .filter(r -> r.status() != CriterionStatus.PASS)
                .sorted(Comparator.comparing(CriterionResult::status))
                .forEach(r -> checklist.add(item(r)));
        add(new Paragraph(getTranslation("staff.lead.checklistHint")), checklist, answersOf(lead, answers));
    }

    private ListItem item(CriterionResult r) {
        ListItem item = new ListItem();
        item.getElement().setAttribute("data-status", r.status().name());
        Span badge = new Span(getTranslation("staff.criterion." + r.status()));
        badge.addClassName("criterion-" + r.status().name().toLowerCase(Locale.ROOT));
        item.add(badge, new Span(" " + r.id() + " " + text(r.title())), new Div(text(r.reason())));
        return item;
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
