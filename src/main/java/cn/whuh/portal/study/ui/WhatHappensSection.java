package cn.whuh.portal.study.ui;

import cn.whuh.portal.base.i18n.Text;
import cn.whuh.portal.study.Study;
import cn.whuh.portal.study.WhatHappens;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * "What happens if you join" ({@code /#what-happens}): the study in a few words with its phase and number of
 * places, the steps from the first call to the last follow-up visit, the risks, and costs, travel and
 * compensation, from the data file's {@code whatHappens}. What is general CAR-T practice rather than a fact of
 * this study is marked so: the study team will confirm it.
 */
final class WhatHappensSection {

    static final String ID = "what-happens";

    private WhatHappensSection() {
    }

    static Section of(Study study, StudyWords words) {
        WhatHappens what = study.whatHappens();
        Study.Design design = study.designModule();
        DescriptionList size = PageParts.facts();
        words.fact(size, "study.facts.phase", words.phases(design.phases()));
        words.fact(size, "study.happens.places", words.t("study.facts.enrollmentValue", design.enrollmentInfo().count()));
        OrderedList steps = new OrderedList();
        steps.addClassName("study-timeline");
        steps.setId("what-happens-steps");
        points(words, what.steps(), steps);
        UnorderedList risks = new UnorderedList();
        risks.addClassName("study-points");
        points(words, what.risks(), risks);
        UnorderedList practicalities = new UnorderedList();
        practicalities.addClassName("study-points");
        points(words, what.practicalities(), practicalities);
        return PageParts.section(ID, words.t("study.happens.heading"),
                new Paragraph(words.text(what.overview())), size,
                new H3(words.t("study.happens.steps")), steps,
                new H3(words.t("study.happens.risks")), risks,
                new H3(words.t("study.happens.practicalities")), practicalities);
    }

    private static void points(StudyWords words, List<WhatHappens.Point> points, HasComponents list) {
        for (WhatHappens.Point point : points) {
            ListItem item = new ListItem();
            Paragraph title = new Paragraph(PageParts.keepJoinedWords(words.text(point.title())));
            title.addClassName("study-point-title");
            item.add(title);
            if (point.text() != null) {
                item.add(new Paragraph(words.text(point.text())));
            }
            if (point.practice() != null) {
                item.add(practice(words, point.practice()));
            }
            list.add(item);
        }
    }

    /** General CAR-T practice, labelled as such. */
    private static Paragraph practice(StudyWords words, Text practice) {
        Span label = new Span(words.t("study.happens.practice"));
        label.addClassName("study-practice-label");
        Paragraph paragraph = new Paragraph(label, new com.vaadin.flow.component.Text(" " + words.text(practice)));
        paragraph.addClassName("study-practice");
        return paragraph;
    }
}
