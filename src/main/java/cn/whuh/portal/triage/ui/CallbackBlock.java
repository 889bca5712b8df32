package cn.whuh.portal.triage.ui;

import cn.whuh.portal.lead.Callback;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.ui.StaffDates;
import cn.whuh.portal.staff.ui.StaffFormat;
import cn.whuh.portal.triage.LeadWork;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The lead's callback: the one planned (overdue marked), and a form to plan the next one: date and time in
 * Beijing time, what to do, and who calls (investigators may give it to a colleague).
 */
class CallbackBlock extends Div {

    CallbackBlock(Lead lead, LeadWork work, List<String> assignees, LeadCard.LeadActions actions) {
        addClassName("lead-block");
        setId("callback");
        String reference = lead.getReference().value();
        add(new Span(getTranslation("staff.lead.callback")));
        lead.getCallback().ifPresent(planned -> add(planned(planned)));
        DateTimePicker when = new DateTimePicker(getTranslation("staff.lead.callbackAt"));
        when.setDatePickerI18n(StaffDates.i18n(getLocale(), this::getTranslation));
        when.setId("callback-at");
        TextField purpose = new TextField(getTranslation("staff.lead.callbackPurpose"));
        purpose.setMaxLength(Lead.MAX_PURPOSE);
        purpose.setId("callback-purpose");
        ComboBox<String> caller = new ComboBox<>(getTranslation("staff.lead.callbackBy"), assignees);
        caller.setValue(CurrentStaff.username());
        caller.setVisible(CurrentStaff.has(StaffRole.INVESTIGATOR));
        Button save = new Button(getTranslation("staff.lead.callbackSave"), e -> actions.act(
                () -> work.scheduleCallback(reference, when.getValue(), purpose.getValue(), caller.getValue()),
                refusal -> LeadCard.mark(this, refusal, Map.of("callbackAt", when, "callbackPurpose", purpose))));
        save.setId("callback-save");
        add(when, purpose, caller, save);
        if (lead.getCallback().isPresent()) {
            Button done = new Button(getTranslation("staff.lead.callbackDone"),
                    e -> actions.act(() -> work.clearCallback(reference)));
            done.setId("callback-done");
            add(done);
        }
    }

    private Paragraph planned(Callback planned) {
        String purpose = "CONSIDERING".equals(planned.purpose())
                ? getTranslation("staff.lead.callbackConsidering") : planned.purpose();
        Paragraph line = new Paragraph(getTranslation("staff.lead.callbackPlanned",
                StaffFormat.dateTime(planned.at(), getLocale()), planned.caller(), purpose));
        line.setId("callback-planned");
        if (planned.overdue(Instant.now())) {
            Span overdue = new Span(getTranslation("staff.lead.callbackOverdue"));
            overdue.addClassName("lead-overdue");
            overdue.setId("callback-overdue");
            line.addComponentAsFirst(overdue);
        }
        return line;
    }
}
