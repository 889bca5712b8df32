package cn.whuh.portal.study.ui;

import cn.whuh.portal.study.KeyFact;
import cn.whuh.portal.study.Study;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * "Who may join": first the few facts that decide most cases in plain words ({@code eligibilitySummary}),
 * then the registry's criteria in full, numbered as in the protocol, in lists that open on demand.
 */
final class EligibilitySection {

    static final String ID = "eligibility";

    private EligibilitySection() {
    }

    static Section of(Study study, StudyWords words, Component qualifyAction) {
        UnorderedList summary = new UnorderedList();
        summary.addClassName("study-summary-list");
        summary.setId("eligibility-summary");
        for (KeyFact fact : study.eligibilitySummary()) {
            summary.add(new ListItem(words.text(fact.text())));
        }
        Study.Eligibility eligibility = study.eligibilityModule();
        DescriptionList basics = PageParts.facts();
        words.fact(basics, "study.join.age",
                words.t("study.join.ageRange", words.age(eligibility.minimumAge()), words.age(eligibility.maximumAge())));
        words.fact(basics, "study.join.sex", words.code(eligibility.sex()));
        words.fact(basics, "study.join.healthy", words.t("study.join.healthy." + eligibility.healthyVolunteers()));
        return PageParts.section(ID, words.t("study.join.heading"),
                new Paragraph(words.t("study.join.summaryIntro")), summary,
                new H3(words.t("study.join.full")), new Paragraph(words.t("study.join.intro")), basics,
                criteria(words, "inclusion", "study.join.inclusion", eligibility.inclusionCriteria()),
                criteria(words, "exclusion", "study.join.exclusion", eligibility.exclusionCriteria()),
                qualifyAction);
    }

    /** A numbered criteria list that opens on demand; the numbers are the protocol's. */
    private static NativeDetails criteria(StudyWords words, String id, String summaryKey, List<Study.Criterion> criteria) {
        OrderedList items = new OrderedList();
        items.addClassName("study-criteria");
        for (Study.Criterion criterion : criteria) {
            ListItem item = new ListItem(words.text(criterion.text()));
            item.getElement().setAttribute("value", String.valueOf(criterion.number()));
            item.setId(criterion.id());
            items.add(item);
        }
        return PageParts.details(id, words.t(summaryKey, criteria.size()), items);
    }
}
