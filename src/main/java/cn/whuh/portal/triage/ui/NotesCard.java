package cn.whuh.portal.triage.ui;

import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.staff.ui.NoteDrafts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Append-only notes: a note once added is on the timeline for good. What is typed is kept as a draft in the
 * browser until it is added ({@link NoteDrafts}), so an idle sign-out loses nothing.
 */
class NotesCard extends LeadCard {

    NotesCard(LeadActions actions, Consumer<String> addNote, NoteDrafts drafts, String reference) {
        super("staff.lead.notes");
        TextArea text = new TextArea(getTranslation("staff.lead.note"));
        text.setMaxLength(Lead.MAX_NOTE);
        text.setWidthFull();
        text.setId("note-text");
        Button add = new Button(getTranslation("staff.lead.addNote"),
                e -> actions.act(() -> {
                    addNote.accept(text.getValue());
                    drafts.sent(reference);
                }, refusal -> mark(refusal, Map.of("note", text))));
        add.setId("add-note");
        add(new Paragraph(getTranslation("staff.lead.notesHint")), drafts.keep(text, reference), text, add);
    }
}
