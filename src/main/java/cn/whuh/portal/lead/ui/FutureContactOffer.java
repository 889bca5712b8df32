package cn.whuh.portal.lead.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Supplier;

/** For a person ruled out: the offer to be contacted about future studies; declining stores nothing and can be undone. */
@StyleSheet("styles/lead.css")
class FutureContactOffer extends Div {

    FutureContactOffer(Supplier<Component> form) {
        addClassName("lead-future-offer");
        setId("lead-future-offer");
        H2 title = new H2(getTranslation("lead.future.title"));
        Paragraph text = new Paragraph(getTranslation("lead.future.text"));
        Button yes = new Button(getTranslation("lead.future.yes"));
        yes.setId("lead-future-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("lead.future.no"));
        no.setId("lead-future-no");
        Div actions = new Div(yes, no);
        actions.addClassName("lead-actions");
        add(title, text, actions);
        yes.addClickListener(e -> {
            Component opened = form.get();
            removeAll();
            add(opened);
        });
        Paragraph declined = new Paragraph(getTranslation("lead.future.declined"));
        declined.setId("lead-future-declined");
        declined.getElement().setAttribute("role", "status");
        Button undo = new Button(getTranslation("lead.future.undo"));
        undo.setId("lead-future-undo");
        Div changeMind = new Div(declined, undo);
        no.addClickListener(e -> {
            remove(actions);
            add(changeMind);
            undo.focus();
        });
        undo.addClickListener(e -> {
            remove(changeMind);
            add(actions);
            no.focus();
        });
    }
}
