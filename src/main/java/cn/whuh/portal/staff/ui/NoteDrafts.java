package cn.whuh.portal.staff.ui;

import cn.whuh.portal.base.ui.DeviceStorage;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.UserNames;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * Unsent notes as drafts in the staff member's browser (issue 13, item 10): what is typed in a lead's note is
 * kept on the device as it is typed ({@link DeviceStorage#keepTyped}), for that signed-in user and that lead, so
 * that after an idle sign-out (or a closed tab) the note is offered back when they open the lead again. Sending
 * the note forgets the draft; so does "Discard draft". Drafts are never sent to the server before the note is.
 */
@org.springframework.stereotype.Component
public class NoteDrafts {

    private static final String VALUE = "value";
    private static final String USER = "user";

    private final DeviceStorage storage;

    NoteDrafts(DeviceStorage storage) {
        this.storage = storage;
    }

    /**
     * Keeps what is typed in the field as the draft of the lead's note and, if there is a draft of this user's,
     * puts it back in the (empty) field. Returns the line that says so, with "Discard draft"; hidden until then.
     */
    public Component keep(TextArea field, String leadReference) {
        String name = name(leadReference);
        String user = CurrentStaff.username();
        Span said = new Span(field.getTranslation("staff.draft.restored"));
        Div restored = new Div(said);
        Button discard = new Button(field.getTranslation("staff.draft.discard"), e -> {
            field.clear();
            storage.forget(name);
            restored.setVisible(false);
        });
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        discard.setId("discard-draft");
        restored.add(discard);
        restored.addClassName("note-draft");
        restored.setId("note-draft");
        restored.setVisible(false);
        storage.keepTyped(field, name, Map.of(USER, user));
        storage.load(name, entry -> entry
                .filter(draft -> UserNames.same(String.valueOf(draft.get(USER)), user))
                .map(draft -> draft.get(VALUE))
                .filter(value -> value instanceof String text && !text.isBlank() && field.isEmpty())
                .ifPresent(value -> {
                    field.setValue((String) value);
                    restored.setVisible(true);
                }));
        return restored;
    }

    /** The lead's note was sent: its draft is gone. */
    public void sent(String leadReference) {
        storage.forget(name(leadReference));
    }

    private static String name(String leadReference) {
        return "staff.note." + UserNames.key(CurrentStaff.username()) + "." + leadReference;
    }
}
