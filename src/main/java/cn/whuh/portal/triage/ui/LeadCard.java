package cn.whuh.portal.triage.ui;

import cn.whuh.portal.base.Refusal;
import cn.whuh.portal.base.ui.Actions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Map;
import java.util.function.Consumer;

/** One card of the lead page: a titled section, and how its changes are made ({@link LeadActions}). */
abstract class LeadCard extends Section {

    /** How a card changes its lead: the page runs the change, then shows the lead again or says why not. */
    interface LeadActions {

        /** Runs the change; on success the page is shown again; on refusal {@code refused} gets the reason. */
        void act(Runnable change, Consumer<Refusal> refused);

        default void act(Runnable change) {
            act(change, refusal -> { });
        }
    }

    protected LeadCard(String titleKey, Component... children) {
        add(new H2(getTranslation(titleKey)));
        add(children);
        addClassName("lead-card");
    }

    protected Paragraph line(String labelKey, String value) {
        Paragraph p = new Paragraph(getTranslation(labelKey) + ": " + value);
        p.addClassName("lead-line");
        return p;
    }

    /** Marks the field a refusal names (of the given fields by name) with the refusal's message. */
    protected void mark(Refusal refusal, Map<String, ? extends HasValidation> fields) {
        mark(this, refusal, fields);
    }

    /** As {@link #mark(Refusal, Map)}, the message in {@code view}'s language. */
    static void mark(Component view, Refusal refusal, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field != null) {
            field.setErrorMessage(Actions.message(view, refusal));
            field.setInvalid(true);
        }
    }
}
