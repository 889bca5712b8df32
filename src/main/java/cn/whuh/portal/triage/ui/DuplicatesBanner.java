package cn.whuh.portal.triage.ui;

import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.triage.LeadCase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Other leads that look like the same person (same phone or e-mail), each linked; the open ones can be closed
 * as duplicates of this lead in one action with one note.
 */
class DuplicatesBanner extends Div {

    DuplicatesBanner(LeadCase c, LeadCard.LeadActions actions, BiConsumer<List<String>, String> closeDuplicates) {
        addClassName("lead-duplicates");
        setId("duplicates");
        add(new Span(getTranslation("staff.lead.duplicates")));
        Map<String, Checkbox> closable = new LinkedHashMap<>();
        for (LeadCase.Duplicate d : c.duplicates()) {
            RouterLink link = new RouterLink(d.reference() + " (" + getTranslation("staff.status." + d.status()) + ")",
                    LeadView.class, d.reference());
            if (LeadStatus.valueOf(d.status()).canMoveTo(LeadStatus.DUPLICATE)) {
                Checkbox pick = new Checkbox();
                pick.setAriaLabel(getTranslation("staff.lead.duplicatePick", d.reference()));
                pick.setId("duplicate-" + d.reference());
                closable.put(d.reference(), pick);
                add(new Div(pick, link));
            } else {
                add(new Div(link));
            }
        }
        if (closable.isEmpty() || c.lead().getStatus().closed()) {
            return;
        }
        TextField note = new TextField(getTranslation("staff.lead.duplicateNote"));
        note.setMaxLength(Lead.MAX_NOTE);
        note.setId("duplicate-note");
        Button close = new Button(getTranslation("staff.lead.closeDuplicates", c.lead().getReference().value()),
                e -> actions.act(() -> closeDuplicates.accept(closable.entrySet().stream()
                        .filter(entry -> entry.getValue().getValue()).map(Map.Entry::getKey).toList(),
                        note.getValue())));
        close.setId("close-duplicates");
        add(note, close);
    }
}
