package cn.whuh.portal.study.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The building blocks of the study page's sections, shared by its views; styled by {@code study.css}. */
final class PageParts {

    /** Latin words joined by hyphens ("CAR-T", "RD06-04") and time ranges ("9:00–17:00"): no line breaks inside. */
    private static final Pattern JOINED = Pattern.compile("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+|\\d{1,2}:\\d{2}–\\d{1,2}:\\d{2}");

    private PageParts() {
    }

    /** A section with its h2, labelled by it, {@code id} for links ({@code /#id}). */
    static Section section(String id, String heading, Component... content) {
        H2 title = new H2(heading);
        title.setId(id + "-heading");
        Section section = new Section(title);
        section.add(content);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        section.addClassName("study-section");
        return section;
    }

    static Div card(String title, String... lines) {
        Div card = new Div();
        card.addClassName("study-card");
        Paragraph heading = new Paragraph(keepJoinedWords(title));
        heading.addClassName("study-card-title");
        card.add(heading);
        for (String line : lines) {
            card.add(new Paragraph(line));
        }
        return card;
    }

    static DescriptionList facts() {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("study-facts");
        return facts;
    }

    static void term(DescriptionList list, String label, Component... value) {
        list.add(new DescriptionList.Term(label), new DescriptionList.Description(value));
    }

    static NativeDetails details(String id, String summary, Component content) {
        NativeDetails details = new NativeDetails(summary, content);
        details.setId(id);
        details.addClassName("study-details");
        return details;
    }

    /**
     * A text with each hyphenated word and time range kept on one line: on a narrow phone "CD19 CAR-T" would
     * otherwise end a line with "CAR-" and start the next with "T", and "9:00–" be cut from "17:00".
     */
    static Component[] keepJoinedWords(String text) {
        List<Component> parts = new ArrayList<>();
        Matcher word = JOINED.matcher(text);
        int done = 0;
        while (word.find()) {
            if (word.start() > done) {
                parts.add(new Text(text.substring(done, word.start())));
            }
            Span together = new Span(word.group());
            together.addClassName("study-nowrap");
            parts.add(together);
            done = word.end();
        }
        if (done < text.length()) {
            parts.add(new Text(text.substring(done)));
        }
        return parts.toArray(Component[]::new);
    }
}
